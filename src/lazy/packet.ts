export { packet } from '../commands/packet.js';
