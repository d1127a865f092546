// Counted in src/api so the server's staff summary and the staff widgets count alike.
export { calendarDaysBetween, workingDaysBetween } from '../../api/working-days.js';
