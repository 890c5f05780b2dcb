// @napkin/doc — the shared board document: Yjs layout, validated typed access, migrations, presence, drag.
export { Board } from './board.js';
export type { BoardOptions } from './board.js';
export { toBoardFile } from './boardFile.js';
export { COMMENT_MAX_LENGTH, COMMENT_TARGET_KINDS, cleanCommentText } from './comments/commentSchema.js';
export type { Comment, CommentTarget, CommentTargetKind, CommentThread, ThreadId } from './comments/commentSchema.js';
export { CommentInputError, CommentThreads, openThreadCounts, openThreads, threadsOn } from './comments/commentThreads.js';
export { readComments } from './comments/readComments.js';
export type { CommentProblem, CommentsSnapshot } from './comments/readComments.js';
export { importBoardFile } from './importBoardFile.js';
export type { ImportProblem, ImportReport } from './importBoardFile.js';
export { insertBoardFile } from './insertBoardFile.js';
export type { InsertOptions, InsertReport } from './insertBoardFile.js';
export { boxesOf, extentOf, overlaps, PLACEMENT_GAP, placementOffset } from './placement.js';
export type { Box, Occupants, Offset } from './placement.js';
export { DragSession } from './drag.js';
export type { PublishDrag } from './drag.js';
export { ID_PATTERN, isValidId, newId } from './ids.js';
export type { AnnotationId, CallId, ComponentId, ZoneId } from './ids.js';
export {
  annotationPatchSchema,
  BoardInputError,
  callPatchSchema,
  componentPatchSchema,
  newAnnotationSchema,
  newCallSchema,
  newComponentSchema,
  newZoneSchema,
  zonePatchSchema,
} from './input.js';
export { boardMaps, COLLECTIONS, META, SCHEMA_VERSION } from './layout.js';
export { migrate, MIGRATION_ORIGIN, MIGRATIONS, splitPositionIntoXY } from './migrations.js';
export type { MigrateOptions, Migration, MigrationReport } from './migrations.js';
export { neutraliseText } from './displayText.js';
export { explainPresence, parsePresence, peersFromAwareness, PRESENCE_NAME_MAX_LENGTH } from './presence.js';
export type { PeerPresence, PresenceDrag, PresenceState, PresenceUser } from './presence.js';
export { describeProblem } from './problems.js';
export type { CollectionName, DocProblem } from './problems.js';
export { callModes, componentParamsSchema, entryLoadSchema, trafficClasses, whatIfSchema, zoneLevels } from './schema.js';
export type { CallMode, ComponentParams, EntryLoad, NoteColour, NoteKind, TrafficClass, WhatIf, ZoneLevel } from './schema.js';
export { candidateViewOf, DEFAULT_VIEWS, InterviewSession, SHOW_ALL } from './session/interviewSession.js';
export type { CandidateView, InterviewMode, SessionMeta, SessionSnapshot } from './session/interviewSession.js';
export {
  DEFAULT_PEAK_FACTOR,
  HTTP_METHODS,
  MAX_LINES,
  parseFigure,
  parseScaleFigure,
  SCALE_RANGES,
  Worksheet,
  WORKSHEET_PHASES,
  WORKSHEET_TYPES,
  worksheetEntryLoad,
} from './session/worksheet.js';
export type { ApiLine, FigureRange, HttpMethod, RequirementLine, ScaleFigure, WorksheetScale, WorksheetSnapshot, WorksheetText } from './session/worksheet.js';
export type { FlowFigures, FrameReason, Replay, ReplayFrame } from './session/replayFormat.js';
export { cardsInPlay, FAILURE_CARD_IDS, MAX_PLAYED_CARDS, parsePlayedCards, readPlayedCards } from './session/playedCards.js';
export type { FailureCardId, PlayedCard } from './session/playedCards.js';
export {
  advanceTimer,
  endTimer,
  extendTimer,
  formatClock,
  IDLE_TIMER,
  MINUTE_MS,
  parseTimerState,
  pauseTimer,
  phaseLengthMs,
  phaseTimes,
  RAPID_S_PHASES,
  readTimer,
  resumeTimer,
  startTimer,
} from './session/phaseTimer.js';
export type { InterviewPhase, PhaseTime, TimerReading, TimerState, TimerStatus } from './session/phaseTimer.js';
export { NO_SCORE, NOTES_TEXT, parseScore, readInterviewerNotes, readScores, rubricMap, SUMMARY_TEXT, writeScore } from './session/interviewerNotes.js';
export type { InterviewerNotes, Override, PointScore } from './session/interviewerNotes.js';
export { createUndoManager } from './undo.js';
export type { UndoOptions } from './undo.js';
export type {
  AnnotationPatch,
  BoardAnnotation,
  BoardCall,
  BoardComponent,
  BoardMeta,
  BoardSnapshot,
  BoardZone,
  CallPatch,
  ComponentPatch,
  NewAnnotation,
  NewCall,
  NewComponent,
  NewZone,
  ZonePatch,
} from './types.js';
