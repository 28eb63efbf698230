// The curated word lists behind the etiquette checker. Patterns match whole words, case-insensitively,
// on text whose curly apostrophes have been straightened; a space in a pattern matches any run of spaces.

const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_'-])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}_'-])`;

/** One regular expression that matches any of the given patterns as whole words. */
export function phrases(patterns: readonly string[], flags = 'giu'): RegExp {
  const body = patterns.map((pattern) => pattern.replaceAll(' ', String.raw`\s+`)).join('|');
  return new RegExp(`${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`, flags);
}

/** Casual words and the plain word to use instead (null: just delete it). */
export const SLANG: readonly (readonly [pattern: string, instead: string | null])[] = [
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['gotta', 'have to'],
  ['kinda', 'somewhat'],
  ['sorta', 'somewhat'],
  ['lol', null],
  ['lmao', null],
  ['omg', null],
  ['btw', 'by the way'],
  ['thx', 'thank you'],
  ['thnx', 'thank you'],
  ['thanx', 'thank you'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['u(?!\\.)', 'you'],
  ['ur(?!\\.)', 'your'],
  ['idk', "I don't know"],
  ['tbh', null],
  ['imo', 'in my view'],
  ['lmk', 'please let me know'],
  ['np', null],
  ['xoxo', null],
  ['awesome', 'excellent'],
  ['cool', 'interesting'],
  ['hey', 'Hello'],
  ['heya', 'Hello'],
  ['hiya', 'Hello'],
  ['yeah', 'yes'],
  ['yep', 'yes'],
  ['yup', 'yes'],
  ['nope', 'no'],
  ['stoked', 'delighted'],
  ['pumped', 'eager'],
  ['psyched', 'eager'],
  ['super (?:excited|happy|interested|keen|glad|grateful|thankful|helpful|fun)', 'very'],
  ['dude', null],
  ['you guys', 'all of you'],
  ["y'all", 'all of you'],
  ['cuz', 'because'],
  ['gotcha', 'understood'],
  ['no worries', 'of course'],
  ['no prob', 'of course'],
];

/** Pressure on the employer: demands, ultimatums, impatience, desperation. */
export const PUSHY = [
  'i need (?:an answer|a decision|a response|a reply|an update|to know|to hear back)',
  'asap',
  "why (?:haven't|have not|hasn't|has not|didn't|did not) (?:you|anyone|anybody|i)",
  "you (?:still )?(?:haven't|have not|never) (?:replied|responded|answered|called|gotten back|got back)",
  "(?:i'm|i am) (?:really |so |getting )?desperate",
  'desperately',
  '(?:really )?need this job',
  "(?:i'm|i am) begging",
  'i beg you',
  'following up (?:yet )?again',
  'my (?:third|fourth|fifth|sixth|\\d+(?:rd|th)) (?:email|message|call|attempt|try)',
  'i expect (?:to hear|an answer|a decision|a response|a reply|an update)',
  "(?:i've|i have) been waiting",
  "(?:i'm|i am) still waiting",
  'this is urgent',
  '(?:respond|reply|answer) (?:immediately|right away|today)',
  "if i (?:don't|do not) hear (?:back )?(?:from you )?(?:by|before|soon|today)",
];

/** "As soon as possible" only counts as pushy in a sentence that asks for news. */
export const ASAP = 'as soon as possible';
export const ASKS_FOR_NEWS = [
  'decisions?',
  'decide',
  'answer',
  'hear',
  'know',
  'update',
  'news',
  'response',
  'respond',
  'reply',
  'get back',
];

/** Words that treat the job as already won. */
export const ASSUMES_HIRED = [
  '(?:when|once|after) i (?:start|begin|join|come on board)',
  "(?:when|once|after) (?:i'm|i am|i get) (?:hired|on board|onboard)",
  '(?:when|once|after) you hire me',
  'my first (?:day|week)',
  'look(?:ing)? forward to (?:working (?:with|alongside|together|for)|joining|starting|being (?:part of|on) (?:the|your) team)',
  "can't wait to (?:start|join|work)",
  'my new (?:role|job|position|team|colleagues|manager|boss|office|desk)',
  "(?:we'll|we will) be working together",
];

/** Words that treat the job as already lost. */
export const ASSUMES_REJECTED = [
  "i guess i (?:didn't|did not|wasn't|was not)",
  "(?:i'm|i am) guessing (?:i|you)",
  "i assume (?:that )?(?:i (?:didn't|did not|wasn't|was not)|you (?:went|chose|picked|hired|decided|filled|found|moved))",
  "i take it (?:that )?(?:i (?:didn't|did not|wasn't|was not)|you (?:went|chose|picked|hired|decided|filled|found|moved))",
  'i guess you (?:went|chose|picked|hired|decided|filled|found|moved)',
  'you (?:probably|must have) (?:went|gone|chose|chosen|picked|hired|found) (?:with )?(?:someone|somebody|another|a better)',
  "(?:i'm|i am) sure you(?:'ve| have)? (?:already )?(?:found|chosen|hired|filled|picked)",
  "i know (?:i'm not|i am not|i wasn't|i was not) (?:your|the) (?:first|top)",
];

/** Speaking badly of anyone: a past boss, the company, the interview. */
export const NEGATIVITY = [
  // Only with a harsh word after it: "my former manager is one of my references" is fine.
  'my (?:(?:last|previous|former|old|current) |ex(?:-| )?)(?:boss|manager|supervisor|employer|company|team|job|coworkers?|co-workers?|colleagues?) (?:was|were|is|are) (?:(?:so|very|really|just|completely|totally|always|constantly) )?(?:a nightmare|a joke|a bully|impossible|unbearable|unfair|unreasonable|lazy|mean|nasty|bad|the worst|never|always)',
  'terrible',
  'horrible',
  'awful',
  'incompetent',
  'rude',
  'useless',
  'stupid',
  'idiots?',
  'idiotic',
  'clueless',
  'pathetic',
  'ridiculous',
  'hated',
  'hate (?:my|working|it when|that place)',
  'waste of (?:my |your |our )?time',
  'worst (?:boss|manager|company|job|interview|experience|team)',
  'toxic (?:workplace|culture|environment|boss|manager|team|company)',
  'liars?',
];

/** Personal matters that do not belong in a follow-up; kept narrow so work topics (a clinic's pregnancy program, debt markets) pass. */
export const OVERSHARE = [
  'my divorce',
  "(?:i'm|i am|i was|i got) (?:getting |recently )?divorced",
  'going through a divorce',
  "(?:i'm|i am|we're|we are) pregnant",
  'my pregnancy',
  'my (?:therapist|therapy sessions|diagnosis|surgery|illness|medications?|meds|doctor|condition|anxiety|depression|mental health)',
  'my (?:health|medical) (?:issues|problems|condition|history|leave|scare|appointments?|bills)',
  '(?:for|with|because of) my health',
  'my (?:rent|bills|debts?|mortgage|loans|credit cards?)',
  '(?:pay|paying|afford) (?:my|the) (?:rent|bills)',
  'behind on (?:my )?(?:rent|bills|payments)',
  "(?:i'm|i am|we're|we are) in debt",
  "(?:i'm|i am) broke",
  'my bankruptcy',
  'my eviction',
  '(?:i was|we were|got) evicted',
  'my (?:kids|children|baby|husband|wife|boyfriend|girlfriend|ex|ex-husband|ex-wife|breakup)',
  'passed away',
  "(?:haven't|have not|couldn't|could not|can't|cannot) sleep",
];

/** Wording that implies a text message or a social-network message. */
export const CHANNEL = [
  'text(?:ing|ed)? you',
  'send(?:ing)? you a text',
  'sent you a text',
  'text messages?',
  '(?:via|by|over) text',
  'sms',
  'whatsapp',
  '(?:message|messaged|messaging|reach(?:ed)? out to|contact(?:ed)?|add(?:ed)?|follow(?:ed)?|friend(?:ed)?) you on (?:facebook|instagram|twitter|x|tiktok|snapchat|pinterest|messenger|telegram|signal)',
  'facebook messenger',
];

/** "DM" and its forms; only ever written in capitals (lowercase "dm" is a unit), so matched case by case. */
export const DIRECT_MESSAGE = ['DMs?', "DM'?e?d", 'DMing'];

/** Stock follow-up phrases that say nothing: the reader has no question to answer. */
export const STOCK = [
  'just (?:checking|check) in',
  'just (?:following|follow) up',
  'just (?:wanted|writing) to (?:check in|follow up|touch base|circle back)',
  'circl(?:e|ed|ing) back',
  'touch(?:ing|ed)? base',
  'bump(?:ing)? this',
  '(?:as )?per my last (?:email|message)',
  '(?:friendly|gentle) reminder',
];

/** Pay, benefits and time off in the sense of what a job pays: never "the benefits of the approach". */
export const PAY = [
  'salar(?:y|ies)|compensation (?:package|range)|(?:the|base|starting) (?:pay|compensation)',
  'pay (?:range|rate|scale|bands?)|how much (?:does |would |will )?(?:it|the (?:role|job|position)) pays?',
  '(?:signing|annual) bonus|stock options|equity (?:package|grant)|benefits package|health insurance',
  '401\\(?k\\)?|pensions?|perks|pto|(?:paid )?time off|vacation(?! rental| home)|sick (?:days|leave)',
  '(?:parental|maternity|paternity) leave|what (?:are|is) the benefits(?! of| to| for| from)',
];

/** Wording that asks; a pay word counts only in a sentence that asks or ends with "?". */
export const ASKING = [
  'could you|can you|would you|let me know|tell me|wondering|curious|is there|are there',
  "(?:like|want|wanted|hoping) to (?:know|ask|discuss|learn|understand)|what(?:'s| is| are)",
  'how (?:much|many)|(?:ask|asking|questions?) about',
];

/** Subject words that make a follow-up sound urgent. */
export const URGENT = [
  'urgent(?:ly)?|important|time[- ]sensitive|immediate(?:ly)?|quick question',
  '(?:action|response|reply) (?:required|needed)',
];

/** A subject made only of these says nothing about who is writing or why. */
export const VAGUE_SUBJECT =
  /^(?:(?:re|fwd?) )*(?:just )?(?:following up|follow ?-?up|(?:a )?(?:quick )?questions?|hello|hi|(?:any )?(?:updates?|news))$/i;

const words = (list: string) => new Set(list.split(' '));

/** Everyday words that, in capitals, are shouting rather than an acronym. */
export const SHOUTED = words(
  'very really please urgent important thank thanks need now help quick question hello sorry excited interested love great amazing soon hear',
);

/** Words in a greeting that address a group or a role, not a person: "Dear Hiring Manager". */
export const GENERIC_GREETING = words(
  'team all everyone everybody there sir madam colleagues friends folks hiring manager recruiter recruiting recruitment talent committee panel board search selection staff department hr members people group',
);

/** Titles before a name. */
export const TITLES = words('mr mrs ms miss mx dr prof professor sir');

/** Short forms of first names that do not start like the name: "bob" for "robert". */
export const NICKNAMES = new Map(
  'bob:robert bill:william liz:elizabeth beth:elizabeth mike:michael tom:thomas jim:james jack:john peggy:margaret meg:margaret dick:richard ted:edward tony:anthony chuck:charles harry:henry kate:catherine sally:sarah molly:mary drew:andrew'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
