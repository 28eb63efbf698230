export {
  addCalendarDays,
  calendarDaysBetween,
  describeRelative,
  isWeekendDate,
  toISODate,
  todayISO,
} from './arithmetic';
export { addBusinessDays, isBusinessDay, roll } from './business-days';
export { YEAR_RANGE, isCalendarDate, isInYearRange, toLocalDate } from './calendar';
export { isClockTime, localTimeZone, padClockTime } from './clock';
export { findTimeZone, timeZoneNames } from './zones';
export {
  formatClockTime,
  formatDueBy,
  formatLogDate,
  formatMessageDate,
  formatStepDate,
} from './format';
