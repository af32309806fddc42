export { runStorageCheck, storageHealth, checkRunning } from './health';
export { startStorageSchedule, storageCheckDue } from './schedule';
