export { OnScreenKeyboard } from './OnScreenKeyboard';
