// Every parameter the templates take from the playbook, as one list: `pnpm check:citations` reads this
// module's `CITATIONS` and checks each against the texts (the section exists, the figure is in it, the
// words are ours).
import { TEMPLATES } from './index';

export const CITATIONS = TEMPLATES.flatMap((template) => template.citations);
