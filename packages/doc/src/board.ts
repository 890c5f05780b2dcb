// A typed view over one Y.Doc. It keeps no board state of its own: every read goes through the validating
// reader and every write is one Yjs transaction, so local and remote changes travel the same way.
import * as Y from 'yjs';
import type { AnnotationId, CallId, ComponentId, ZoneId } from './ids.js';
import { newId } from './ids.js';
import * as input from './input.js';
import { boardMaps, clearFields, COMPONENT_GROUPS, groupMap, writeFields } from './layout.js';
import type { BoardMaps, CollectionMap, FieldMap } from './layout.js';
import { moveNotesPinnedTo, unpinNotesOf } from './pinnedNotes.js';
import { readSnapshot } from './read.js';
import { annotationRequiredFields, callRequiredFields, componentRequiredFields, zoneRequiredFields } from './schema.js';
import type {
  AnnotationPatch,
  BoardSnapshot,
  CallPatch,
  ComponentPatch,
  NewAnnotation,
  NewCall,
  NewComponent,
  NewZone,
  ZonePatch,
} from './types.js';

export interface BoardOptions {
  /**
   * Transaction origin used when a mutation is given none. Pass the same value to `createUndoManager` so
   * this user's edits, and only theirs, are undoable.
   */
  localOrigin?: unknown;
}

export class Board {
  readonly ydoc: Y.Doc;
  private readonly maps: BoardMaps;
  private readonly localOrigin: unknown;

  constructor(ydoc: Y.Doc, options: BoardOptions = {}) {
    this.ydoc = ydoc;
    this.maps = boardMaps(ydoc);
    this.localOrigin = options.localOrigin ?? null;
  }

  /** The validated board; invalid entries are skipped and listed in `problems`. Never throws. */
  snapshot(): BoardSnapshot {
    return readSnapshot(this.ydoc);
  }

  /** Calls `listener` with a fresh snapshot after every transaction that changed the document. */
  observe(listener: (snapshot: BoardSnapshot) => void): () => void {
    const onUpdate = () => listener(this.snapshot());
    this.ydoc.on('update', onUpdate);
    return () => this.ydoc.off('update', onUpdate);
  }

  /** Runs several mutations as one transaction (one undo step, one update on the wire). */
  batch<T>(change: () => T, origin?: unknown): T {
    let result: T | undefined;
    this.ydoc.transact(() => {
      result = change();
    }, this.originOf(origin));
    return result as T;
  }

  setTitle(title: string, origin?: unknown): void {
    const valid = input.checkInput('setTitle', input.titleSchema, title);
    this.batch(() => writeFields(this.maps.meta, { title: valid }), origin);
  }

  addComponent(component: NewComponent, origin?: unknown): ComponentId {
    const { params, entry, whatIf, ...scalars } = input.checkInput('addComponent', input.newComponentSchema, component);
    const id = newId() as ComponentId;
    this.batch(() => {
      const fields = this.insert(this.maps.components, id, scalars);
      // All groups exist from the start so that two users setting their first param concurrently merge
      // into one map instead of each creating a map and one overwriting the other.
      for (const group of COMPONENT_GROUPS) fields.set(group, new Y.Map<unknown>());
      writeFields(groupMap(fields, 'params'), params ?? {});
      writeFields(groupMap(fields, 'entry'), entry ?? {});
      writeFields(groupMap(fields, 'whatIf'), whatIf ?? {});
    }, origin);
    return id;
  }

  /** Returns false if the component does not exist (e.g. it was deleted by someone else). */
  updateComponent(id: ComponentId, patch: ComponentPatch, origin?: unknown): boolean {
    const { params, entry, whatIf, ...scalars } = input.checkPatch('updateComponent', input.componentPatchSchema, patch, componentRequiredFields);
    const fields = this.maps.components.get(id);
    if (!(fields instanceof Y.Map)) return false;
    this.batch(() => {
      // Its notes move with it, by as much as it moved (see pinnedNotes.ts).
      const { x, y } = { x: fields.get('x'), y: fields.get('y') };
      if (typeof x === 'number' && typeof y === 'number') moveNotesPinnedTo(this.maps.annotations, id, (scalars.x ?? x) - x, (scalars.y ?? y) - y);
      writeFields(fields, scalars);
      if (params !== undefined) writeFields(groupMap(fields, 'params'), params);
      for (const [group, values] of [['entry', entry], ['whatIf', whatIf]] as const) {
        if (values === null) clearFields(groupMap(fields, group));
        else if (values !== undefined) writeFields(groupMap(fields, group), values);
      }
    }, origin);
    return true;
  }

  moveComponent(id: ComponentId, x: number, y: number, origin?: unknown): boolean {
    return this.updateComponent(id, { x, y }, origin);
  }

  /** Removes the component and, in the same transaction, every call from or to it; its notes stay, unpinned. */
  removeComponent(id: ComponentId, origin?: unknown): boolean {
    if (!this.maps.components.has(id)) return false;
    this.batch(() => {
      this.maps.components.delete(id);
      unpinNotesOf(this.maps.annotations, id);
      for (const [callId, call] of Array.from(this.maps.calls.entries())) {
        if (call instanceof Y.Map && (call.get('from') === id || call.get('to') === id)) this.maps.calls.delete(callId);
      }
    }, origin);
    return true;
  }

  /** Returns null if an endpoint does not exist (it may have just been deleted by someone else). */
  addCall(call: NewCall, origin?: unknown): CallId | null {
    const valid = input.checkInput('addCall', input.newCallSchema, call);
    if (valid.from === valid.to) throw new input.BoardInputError('addCall: a call must join two different components');
    if (!this.maps.components.has(valid.from) || !this.maps.components.has(valid.to)) return null;
    const id = newId() as CallId;
    this.batch(() => this.insert(this.maps.calls, id, valid), origin);
    return id;
  }

  updateCall(id: CallId, patch: CallPatch, origin?: unknown): boolean {
    return this.patch(this.maps.calls, id, input.checkPatch('updateCall', input.callPatchSchema, patch, callRequiredFields), origin);
  }

  removeCall(id: CallId, origin?: unknown): boolean {
    return this.remove(this.maps.calls, id, origin);
  }

  addZone(zone: NewZone, origin?: unknown): ZoneId {
    const valid = input.checkInput('addZone', input.newZoneSchema, zone);
    const id = newId() as ZoneId;
    this.batch(() => this.insert(this.maps.zones, id, valid), origin);
    return id;
  }

  updateZone(id: ZoneId, patch: ZonePatch, origin?: unknown): boolean {
    return this.patch(this.maps.zones, id, input.checkPatch('updateZone', input.zonePatchSchema, patch, zoneRequiredFields), origin);
  }

  removeZone(id: ZoneId, origin?: unknown): boolean {
    return this.remove(this.maps.zones, id, origin);
  }

  addAnnotation(annotation: NewAnnotation, origin?: unknown): AnnotationId {
    const valid = input.checkInput('addAnnotation', input.newAnnotationSchema, annotation);
    const id = newId() as AnnotationId;
    this.batch(() => this.insert(this.maps.annotations, id, valid), origin);
    return id;
  }

  updateAnnotation(id: AnnotationId, patch: AnnotationPatch, origin?: unknown): boolean {
    const valid = input.checkPatch('updateAnnotation', input.annotationPatchSchema, patch, annotationRequiredFields);
    return this.patch(this.maps.annotations, id, valid, origin);
  }

  removeAnnotation(id: AnnotationId, origin?: unknown): boolean {
    return this.remove(this.maps.annotations, id, origin);
  }

  private originOf(origin: unknown): unknown {
    return origin === undefined ? this.localOrigin : origin;
  }

  private insert(collection: CollectionMap, id: string, values: Record<string, unknown>): FieldMap {
    const fields = new Y.Map<unknown>();
    collection.set(id, fields);
    writeFields(fields, values);
    return fields;
  }

  private patch(collection: CollectionMap, id: string, values: Record<string, unknown>, origin: unknown): boolean {
    const fields = collection.get(id);
    if (!(fields instanceof Y.Map)) return false;
    this.batch(() => writeFields(fields, values), origin);
    return true;
  }

  private remove(collection: CollectionMap, id: string, origin: unknown): boolean {
    if (!collection.has(id)) return false;
    this.batch(() => collection.delete(id), origin);
    return true;
  }
}
