/**
 * A pool worker (built to `dist/worker.mjs`): it loads the built package next to it and runs each
 * task it is sent with the batch's settings (its `workerData`). See `pool.ts`.
 */
import { workerData } from 'node:worker_threads';
import { analyze, summarize } from '../index.js';
import { runTask, type BatchSettings, type ManyTask, type TaskResult } from './task.js';

const settings = workerData as BatchSettings;

/** Run one task of the batch. */
export default function run(task: ManyTask): TaskResult {
  return runTask(task, settings, { analyze, summarize });
}
