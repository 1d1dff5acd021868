import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';
import { firstChapterDir } from './spawn.ts';

/** The fixture copy of the first chapter, parsed: tests never depend on what `knowledge/` holds. */
export const realKnowledge = (): Knowledge => loadKnowledge(firstChapterDir);
