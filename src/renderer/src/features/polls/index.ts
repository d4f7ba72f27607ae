export { PollsPanel } from './PollsPanel';
export { StagePoll } from './StagePoll';
export { KioskPollGate, preloadKioskPoll } from './KioskPollGate';
export { useCurrentPoll } from './use-polls';
export { ReportPolls } from './ReportPolls';
export { ReportFamilies } from './ReportFamilies';
