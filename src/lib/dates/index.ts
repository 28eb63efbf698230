export { addBusinessDays, isBusinessDay, roll } from './business-days';
export {
  addCalendarDays,
  calendarDaysBetween,
  isCalendarDate,
  isWeekendDate,
  toISODate,
  toLocalDate,
  todayISO,
} from './calendar';
export { isClockTime, padClockTime } from './clock';
export {
  describeRelative,
  formatClockTime,
  formatDueBy,
  formatLogDate,
  formatMessageDate,
  formatStepDate,
} from './format';
