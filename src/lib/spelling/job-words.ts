// Words of job searching and everyday work that the dictionaries lack; the check takes them as
// spelled right, in any capitalization.

/** Common job and workplace words missing from the dictionaries, lowercase. */
export const JOB_WORDS: readonly string[] = (
  'linkedin onboarding offboarding figma roadmap roadmaps devops frontend backend fullstack ' +
  'fintech healthtech edtech proptech insurtech hackathon hackathons upskill upskilling reskilling ' +
  'scalable kubernetes microservice microservices saas gmail jira hubspot databricks asana trello ' +
  'gitlab bitbucket terraform numpy jupyter vue ecommerce omnichannel async cofounder workstream ' +
  'workstreams datasheet codebase toolchain upsell macos wireframe wireframes wireframing mockup ' +
  'mockups signup dropdown videoconference webex calendly mailtrack yesware grammarly huntr ' +
  'jibberjobber glassdoor panelist panelists externship mentee mentees bootcamp bootcamps scaleup ' +
  'scaleups dashboarding crypto cybersecurity infosec chatbot chatbots rollout rollouts handoff ' +
  'handoffs walkthrough walkthroughs writeup résumé résumés resumé'
).split(' ');
