// Imports for one open board, mounted beside its view (inside the same React Flow provider, so an import
// can frame what it brought): listens for pastes and drops, writes a file the home page opened this board
// for, and shows what happened.
import { ImportNotice } from './ImportNotice';
import type { ImportOptions } from './useImport';
import { useImport } from './useImport';

export function BoardImports(props: ImportOptions) {
  const { notice, dismiss } = useImport(props);
  return <ImportNotice notice={notice} onDismiss={dismiss} />;
}
