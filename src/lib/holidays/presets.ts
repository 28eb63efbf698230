// What the interview form needs of the holiday presets, loaded when it first needs them.
export { guessHolidayRegion, presetFor, regionChoice } from './index';
