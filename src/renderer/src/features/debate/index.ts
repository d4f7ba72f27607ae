export { DebatePanel } from './DebatePanel';
export { StageDebate } from './StageDebate';
