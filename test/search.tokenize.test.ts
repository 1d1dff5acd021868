import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/search/tokenize.ts';
import {
  fromWrongLayout,
  isChoseongQuery,
  normalizeText,
  splitWords,
  stripParticle,
  toChoseong,
} from '../src/text/korean.ts';

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('\uD800', '\uDFFF', 'a\uD83D', '\u200F\u202Eمرحبا', '🧑‍💻캐시서버🙂', '\u0000\u0007ㄱ'),
);

describe('normalizeText', () => {
  it('strips zero-width and control characters, lowercases and applies NFKC', () => {
    expect(normalizeText('Ｃａｃｈｅ\u200b서버\u0007')).toBe('cache 서버 ');
  });

  it('keeps typed initial consonants as compatibility jamo', () => {
    expect(normalizeText('ㄹㄷㅂㄹㅅ')).toBe('ㄹㄷㅂㄹㅅ');
  });

  it('is idempotent and total on arbitrary strings, lone surrogates, emoji and RTL marks', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(/[\u200b-\u200f\u202a-\u202e]/);
      }),
    );
  });
});

describe('tokenize', () => {
  it('drops question words and particles', () => {
    expect(tokenize('로드밸런서가 뭐야?')).toEqual(['로드밸런서']);
    expect(tokenize('What is a CDN')).toEqual(['cdn']);
    expect(tokenize('ORM방식을 알려줘')).toEqual(['orm', '방식']);
  });

  it('never throws and yields non-empty normalised tokens for any input', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        for (const t of tokenize(s)) {
          expect(t.length).toBeGreaterThan(0);
          expect(normalizeText(t)).toBe(t);
          expect(t).not.toMatch(/\s/);
        }
      }),
    );
  });

  // Its speed is a figure of `npm run bench` (search.tokenize6000CharsMs), not a timed test.
  it('handles a 6,000-character input', () => {
    const long = '캐시 서버는 요청을 저장한다 🙂 '.repeat(300).slice(0, 6000);
    expect(tokenize(long).length).toBeGreaterThan(100);
  });
});

describe('splitWords', () => {
  it('splits at script boundaries', () => {
    expect(splitWords('ORM방식을 IP주소')).toEqual(['orm', '방식을', 'ip', '주소']);
  });

  it('returns words that are substrings of the normalised text', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const n = normalizeText(s);
        for (const w of splitWords(s)) expect(n).toContain(w);
      }),
    );
  });
});

describe('stripParticle', () => {
  it('strips particles and endings conservatively', () => {
    expect(stripParticle('로드밸런서가')).toBe('로드밸런서');
    expect(stripParticle('서버에서는')).toBe('서버');
    expect(stripParticle('캐시는')).toBe('캐시');
    expect(stripParticle('웹은')).toBe('웹');
    expect(stripParticle('인프라란')).toBe('인프라');
    expect(stripParticle('속도')).toBe('속도');
    expect(stripParticle('html')).toBe('html');
  });

  it('strips a second particle only where two stack (서버들은, 캐시와는), not the 과 of a noun (결과를)', () => {
    expect(stripParticle('서버들은')).toBe('서버');
    expect(stripParticle('캐시와는')).toBe('캐시');
    expect(stripParticle('결과를')).toBe('결과');
    expect(stripParticle('결과는')).toBe('결과');
    expect(stripParticle('통과가')).toBe('통과');
  });

  it('strips the spoken contractions 에선 and 엔 (에서는, 에는)', () => {
    expect(stripParticle('모바일에선')).toBe('모바일');
    expect(stripParticle('리눅스엔')).toBe('리눅스');
  });

  it('strips 조차, 마저, 대로, 에도, 에나 and 에서나', () => {
    expect(stripParticle('문제조차')).toBe('문제');
    expect(stripParticle('순서대로')).toBe('순서');
    expect(stripParticle('서버에도')).toBe('서버');
    expect(stripParticle('리눅스에서나')).toBe('리눅스');
  });

  it('returns a non-empty suffix-free prefix of the word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (w) => {
        const s = stripParticle(w);
        expect(s.length).toBeGreaterThan(0);
        expect(w.startsWith(s)).toBe(true);
      }),
    );
  });
});

describe('fromWrongLayout', () => {
  it('reads Hangul typed on a QWERTY layout', () => {
    expect(fromWrongLayout('fhemqoffjstj')).toBe('로드밸런서');
    expect(fromWrongLayout('dlswmd')).toBe('인증');
  });

  it('leaves real English words alone', () => {
    expect(fromWrongLayout('html')).toBeUndefined();
    expect(fromWrongLayout('css')).toBeUndefined();
  });
});

describe('toChoseong and isChoseongQuery', () => {
  it('take the initial consonants of a word', () => {
    expect(toChoseong('로드밸런서')).toBe('ㄹㄷㅂㄹㅅ');
    expect(isChoseongQuery('ㄹㄷㅂㄹㅅ')).toBe(true);
    expect(isChoseongQuery('로드')).toBe(false);
  });
});
