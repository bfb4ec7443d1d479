export { evidenceAdd, evidenceEdit, evidenceList, evidenceRemove } from '../commands/evidence.js';
