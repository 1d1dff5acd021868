import { createHash } from 'node:crypto';
import type { Knowledge } from '../../knowledge/types.ts';
import { extractFacts, type Term } from '../../quiz/facts.ts';
import { answerText, type QuestionJSON } from '../../quiz/question.ts';
import { squash } from '../../quiz/text.ts';
import { oneLine } from '../format.ts';
import { tr } from '../i18n.ts';
import type { Locale } from '../protocol.ts';

/**
 * What a question's wording hides from a player until asked: a typed question's hint rides on the
 * prompt's last line (`(힌트: 초성 ㅋㅅ, 2글자)`), and the quiz shows it only to whoever presses 💡.
 */
const HINT_LINE = /\n\((?:힌트|Hint): (.+)\)\s*$/;

/** The prompt without its hint line, and the hint. */
export function splitHint(prompt: string): { prompt: string; hint?: string } {
  const m = HINT_LINE.exec(prompt);
  return m ? { prompt: prompt.slice(0, m.index), hint: m[1] ?? '' } : { prompt };
}

/**
 * Names a question whatever order its choices came in, so a reported question is known again when the
 * same notes ask it another day: its kind, its prompt and its answer.
 */
export function questionKey(q: QuestionJSON): string {
  const text = [q.type, squash(q.prompt), squash(answerText(q))].join('\n');
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

const sameText = (a: string, b: string) => squash(a) === squash(b);

function termNamed(terms: readonly Term[], name: string): Term | undefined {
  return terms.find((t) => t.names.some((n) => sameText(n, name)));
}

/**
 * What a wrong choice actually is, when the notes say: another term's definition (`그건 「DNS」의
 * 설명이에요`), or another term (`「DNS」: 도메인 이름을 IP 주소로 바꿔 주는 시스템`).
 */
export function pickedNote(
  knowledge: Knowledge,
  q: QuestionJSON,
  choice: number,
  locale: Locale,
): string | undefined {
  const picked = q.choices?.[choice];
  if (picked === undefined || choice === q.answerIndex) return undefined;
  const { terms } = extractFacts(knowledge);
  if (q.type === 'term-to-definition') {
    const owner = terms.find((t) => t.definitions.some((d) => sameText(d, picked)));
    if (!owner) return undefined;
    return tr(locale, {
      ko: `👉 고른 답은 「${owner.name}」의 설명이에요.`,
      en: `👉 What you picked describes 「${owner.name}」.`,
    });
  }
  if (q.type === 'definition-to-term') {
    const term = termNamed(terms, picked);
    const line = term?.definitions[0];
    if (!term || !line) return undefined;
    return tr(locale, {
      ko: `👉 고른 답 「${term.name}」: ${oneLine(line, 200)}`,
      en: `👉 What you picked, 「${term.name}」: ${oneLine(line, 200)}`,
    });
  }
  return undefined;
}

/**
 * A typed answer's reply: what was typed, the name as the notes spell it, and every form accepted, so a
 * student sees why `로드 밸런서` counted and `로드` did not.
 */
export function typedLines(
  typed: string,
  accepted: readonly string[],
  locale: Locale,
  quote: (s: string) => string,
) {
  const canonical = accepted[0] ?? '';
  const forms: string[] = [];
  for (const a of accepted) if (!forms.some((f) => sameText(f, a))) forms.push(a);
  const shown = quote(typed) || '—';
  const spelling =
    canonical && !sameText(typed, canonical)
      ? tr(locale, { ko: ` → 표기: **${canonical}**`, en: ` → spelled **${canonical}**` })
      : '';
  return [
    tr(locale, { ko: `✏️ 입력한 답: ${shown}${spelling}`, en: `✏️ You typed: ${shown}${spelling}` }),
    tr(locale, {
      ko: `📝 인정되는 답: ${oneLine(forms.join(', '), 300)}`,
      en: `📝 Accepted: ${oneLine(forms.join(', '), 300)}`,
    }),
  ];
}

/** `○○` in a prompt stands for any few characters of the sentence it was cut from. */
function shownAs(shown: string): RegExp {
  const parts = shown.split('○○').map(squash);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${parts.map(esc).join('.{1,40}?')}$`, 'u');
}

/**
 * The explanation without the sentences the reveal already shows (the prompt's quoted line, a choice), each
 * sentence once. An explanation is a label and lines (`CDN: 첫 줄 / 쓰인 줄`); a line shown elsewhere is
 * dropped, and the label with it when nothing of its own is left.
 */
export function unshownExplanation(explanation: string, shown: readonly string[]): string {
  const patterns = shown.filter((s) => squash(s.replaceAll('○○', '')).length >= 4).map(shownAs);
  const isShown = (line: string) => patterns.some((p) => p.test(squash(line)));
  const out: string[] = [];
  for (const raw of explanation.split('\n')) {
    const label = /^([^:]{1,40}):\s+/.exec(raw);
    const body = label ? raw.slice(label[0].length) : raw;
    const kept = body.split(' / ').filter((part) => !isShown(part) && !isShown(raw));
    if (kept.length === 0) continue;
    out.push(`${label ? label[0] : ''}${kept.join(' / ')}`);
  }
  return out.join('\n');
}
