import { describe, expect, it } from 'vitest';
import explain from '../commands/explain.ts';
import { defineCommand } from '../src/app/command.ts';
import { parseSlashLine } from '../src/transports/terminal-parse.ts';
import { renderMessage } from '../src/transports/terminal-render.ts';

const quizLike = defineCommand({
  data: {
    name: 'quiz',
    description: 'quiz',
    name_localizations: { ko: '퀴즈' },
    options: [
      { type: 3, name: 'topic', description: 't', name_localizations: { ko: '주제' } },
      { type: 4, name: 'count', description: 'c' },
      { type: 5, name: 'solo', description: 's' },
    ],
  },
  execute: async () => ({ type: 'message', message: {} }),
});
const commands = [explain, quizLike];

describe('parseSlashLine', () => {
  it('gives free text to the first string option', () => {
    const parsed = parseSlashLine('/explain load balancer', commands);
    expect(parsed).toMatchObject({ kind: 'command', options: { topic: 'load balancer' } });
  });

  it('accepts Korean command and option names', () => {
    expect(parseSlashLine('/퀴즈 주제:캐시 count:3', commands)).toMatchObject({
      kind: 'command',
      options: { topic: '캐시', count: 3 },
    });
  });

  it('reads booleans and refuses a non-number for a number option', () => {
    expect(parseSlashLine('/quiz solo:true', commands)).toMatchObject({ options: { solo: true } });
    expect(parseSlashLine('/quiz count:many', commands)).toMatchObject({ kind: 'error' });
  });

  it('reads a bare number as a button press', () => {
    expect(parseSlashLine(' 2 ', commands)).toEqual({ kind: 'press', number: 2 });
  });

  it('explains what went wrong for unknown commands and plain text', () => {
    expect(parseSlashLine('/kubectl get pods', commands)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('/explain'),
    });
    expect(parseSlashLine('hello', commands)).toMatchObject({ kind: 'error' });
  });
});

describe('renderMessage', () => {
  it('numbers pressable buttons from the given start and skips disabled ones', () => {
    const { text, pressables } = renderMessage(
      {
        content: 'hi',
        embeds: [{ title: 'T', description: 'D', footer: { text: 'F' } }],
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 1, custom_id: 'a', label: 'A' },
              { type: 2, style: 1, custom_id: 'b', label: 'B', disabled: true },
              { type: 2, style: 2, custom_id: 'c', label: 'C' },
            ],
          },
        ],
      },
      3,
    );
    expect(pressables.map((p) => p.customId)).toEqual(['a', 'c']);
    expect(text).toContain('[3] A  [4] C');
    expect(text).toContain('━━ T');
  });
});
