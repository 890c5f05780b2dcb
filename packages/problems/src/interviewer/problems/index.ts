// Every problem's interviewer material, in the playbook's order (section 24).
import type { ProblemMaterial } from '../material';
import { PASTEBIN } from './pastebin';
import { URL_SHORTENER } from './urlShortener';

export const MATERIALS: readonly ProblemMaterial[] = [URL_SHORTENER, PASTEBIN];
