import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_GLOSSARY, BUNDLED_WORDS, parseGlossary } from '../src/knowledge/glossary.ts';

const names = (text: string) => parseGlossary(text, 'glossary.yaml').entries.map((e) => e.names);

describe('parseGlossary', () => {
  it.each([BUNDLED_GLOSSARY, BUNDLED_WORDS])('reads %s as the YAML parser reads it whole', (path) => {
    const text = readFileSync(path, 'utf8');
    const whole = (parse(text) as unknown[][]).map((entry) => entry.map(String));
    expect(whole.length).toBeGreaterThan(500);
    expect(names(text)).toEqual(whole);
  });

  it('reads a name YAML reads as no string as YAML does, on a line of plain names', () => {
    const text =
      '# terms\n- [load balancer, 로드밸런서]\n\n- [1.0, 일]\n- [TRUE, 참]\n- [~, 물결]\n- [C#, .NET, 3-way]\n';
    expect(names(text)).toEqual([
      ['load balancer', '로드밸런서'],
      ['1', '일'],
      ['true', '참'],
      ['null', '물결'],
      ['C#', '.NET', '3-way'],
    ]);
  });

  it('reports a file of comments alone, and an alias to an anchor on another line, as YAML does', () => {
    expect(parseGlossary('# nothing yet\n', 'glossary.yaml').problems).toHaveLength(1);
    const aliased = parseGlossary('- [&a cache, 캐시]\n- [*a, 캐쉬]\n', 'glossary.yaml');
    expect(aliased.entries.map((e) => e.names)).toEqual([
      ['cache', '캐시'],
      ['cache', '캐쉬'],
    ]);
  });
});
