export { ScreeningPanel } from './ScreeningPanel';
export { StageChrome } from './StageChrome';
export { StageFilm } from './StageFilm';
export { StageIdle } from './StageIdle';
