import { analyze, createEngine } from '../src/analyze';
import { benchBoard } from './boards';
const engine = createEngine();
const size = Number(process.argv[2] ?? 1000);
const board = benchBoard(size, 42 + size);
for (let i = 0; i < (size < 500 ? 200 : 20); i++) analyze(board, engine);
