export { PhoneAccessCard } from './PhoneAccessCard';
export { PhoneMarks } from './PhoneMarks';
export { PhoneWifiSettings } from './PhoneWifiSettings';
export { StagePhones } from './StagePhones';
export { usePhoneBridge } from './use-phone-bridge';
