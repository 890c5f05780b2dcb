// "Show me": select the given components (through React Flow's store, so the board's own selection
// handling sees an ordinary select change) and zoom the view to fit them.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';

export function useFocusComponents(): (componentIds: readonly string[]) => void {
  const store = useStoreApi();
  const { fitView } = useReactFlow();
  return useCallback(
    (componentIds: readonly string[]) => {
      const present = componentIds.filter((id) => store.getState().nodeLookup.has(id));
      if (present.length === 0) return;
      store.getState().addSelectedNodes(present);
      void fitView({ nodes: present.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1.5 });
    },
    [store, fitView],
  );
}
