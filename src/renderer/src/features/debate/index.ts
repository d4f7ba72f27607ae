export { DebatePanel } from './DebatePanel';
export { StageDebate } from './StageDebate';
export { WordFilterSettings } from './WordFilterSettings';
export { CloudPicture, loadCloudPicture } from './CloudPicture';
