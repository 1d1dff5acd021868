/**
 * Every refusal a user can be told, in both languages, by id. Code throws `new UserError(id, params)`
 * and the router's one error path looks the text up in the request's locale, so nothing below the
 * router needs to know who is asking in which language.
 */
import { quoteUserText } from './format.ts';
import type { Text } from './i18n.ts';

type Entry = Text | ((params: never) => Text);

/** `1–20`, `1 이상`, `20 이하` (or `from 1 to 20`, `1 or more`, `20 or less`). */
function range(
  min: number | undefined,
  max: number | undefined,
  atLeast: string,
  atMost: string,
  from = '',
  to = '–',
) {
  if (min !== undefined && max !== undefined)
    return from ? `${from} ${min} ${to} ${max}` : `${min}${to}${max}`;
  return min !== undefined ? `${min} ${atLeast}` : `${max} ${atMost}`;
}

export const catalogue = {
  'request.slowDown': {
    ko: '조금 천천히 해 주세요! 잠시 후 다시 시도해 주세요. 🐢',
    en: 'Easy there! Please try again in a moment. 🐢',
  },
  'request.guildBusy': {
    ko: '이 서버에서 요청이 너무 많아요. 잠시 후 다시 시도해 주세요. 🐢',
    en: 'This server is sending a lot right now. Please try again in a moment. 🐢',
  },
  'request.unknown': {
    ko: '알 수 없는 명령이거나 더 이상 쓸 수 없는 버튼이에요.',
    en: 'Unknown command, or a button that no longer works.',
  },
  'button.stale': { ko: '더 이상 쓸 수 없는 버튼이에요.', en: 'This button no longer works.' },
  'option.invalid': (p: { option: string }) => ({
    ko: `\`${p.option}\` 옵션 값이 올바르지 않아요.`,
    en: `The \`${p.option}\` option has a value it cannot take.`,
  }),
  'option.missing': (p: { option: string }) => ({
    ko: `\`${p.option}\` 옵션을 적어 주세요.`,
    en: `Please fill in the \`${p.option}\` option.`,
  }),
  'option.range': (p: { option: string; min: number | undefined; max: number | undefined }) => ({
    ko: `\`${p.option}\` 옵션은 ${range(p.min, p.max, '이상', '이하')}의 정수여야 해요.`,
    en: `The \`${p.option}\` option takes a whole number ${range(p.min, p.max, 'or more', 'or less', 'from', 'to')}.`,
  }),
  'precondition.guildOnly': { ko: '서버에서만 할 수 있어요.', en: 'Only in a server.' },
  'precondition.manageGuild': {
    ko: '서버 관리 권한이 있어야 할 수 있어요.',
    en: 'You need the Manage Server permission.',
  },
  'explain.noTopic': { ko: '무엇을 설명할지 주제를 적어 주세요.', en: 'Tell me which topic to explain.' },
  'explain.gone': {
    ko: '이 주제는 노트에서 사라졌어요. `/explain`으로 다시 찾아 주세요.',
    en: 'That topic is gone from the notes. Try `/explain` again.',
  },
  'topics.noChapter': (p: { chapter: string }) => ({
    ko: `「${quoteUserText(p.chapter, 80)}」에 해당하는 장을 찾지 못했어요. \`/topics\`로 전체 장을 볼 수 있어요.`,
    en: `No chapter matches “${quoteUserText(p.chapter, 80)}”. \`/topics\` lists them all.`,
  }),
  'admin.stale': {
    ko: '이 확인 버튼은 이미 쓰였거나 시즌이 바뀌었어요. 필요하면 `/admin`을 다시 실행해 주세요.',
    en: 'This confirmation was already used, or the season has changed. Run `/admin` again if needed.',
  },
  'leaderboard.guildOnly': {
    ko: '순위표는 쌤이 있는 서버나 친구들과의 DM에서 볼 수 있어요. 내 기록은 /stats 로 볼 수 있어요.',
    en: 'Leaderboards live in servers with ssaem and in DMs among friends; see your own record with /stats.',
  },
  'quiz.topicGone': { ko: '노트에서 그 주제를 찾지 못했어요.', en: 'That topic is no longer in the notes.' },
  'quiz.busy': {
    ko: '이 채널에는 이미 진행 중인 퀴즈가 있어요. 그 문제가 끝난 뒤 다시 시도해 주세요.',
    en: 'A quiz is already running in this channel. Try again when its question closes.',
  },
  'quiz.soloBusy': {
    ko: '이 채널에서 이미 혼자 풀기 퀴즈를 하고 있어요. 그 문제부터 답해 주세요.',
    en: 'You already have a solo quiz running here. Answer that question first.',
  },
  'quiz.nothingToAsk': {
    ko: '노트에 문제로 낼 내용이 아직 없어요.',
    en: 'The notes have nothing to ask yet.',
  },
  'quiz.nothingOnTopic': (p: { topic: string }) => ({
    ko: `노트에서 '${quoteUserText(p.topic, 80)}' 주제로 낼 문제를 찾지 못했어요.`,
    en: `I found nothing in the notes to ask about '${quoteUserText(p.topic, 80)}'.`,
  }),
  'quiz.gone': { ko: '이 퀴즈는 더 이상 없어요.', en: 'This quiz no longer exists.' },
  'quiz.elsewhere': {
    ko: '이 버튼은 다른 채널의 퀴즈예요.',
    en: 'That button belongs to a quiz in another channel.',
  },
  'quiz.soloOnly': {
    ko: '혼자 풀기 퀴즈라서 시작한 사람만 답할 수 있어요.',
    en: 'This is a solo quiz: only its owner can answer.',
  },
  'quiz.closed': { ko: '이미 끝난 문제예요.', en: 'This question has already closed.' },
  'quiz.alreadyAnswered': {
    ko: '이미 답했어요. 한 문제에는 처음 답만 인정돼요.',
    en: 'You already answered: only your first answer counts.',
  },
  'quiz.unknownChoice': { ko: '알 수 없는 선택지예요.', en: 'Unknown choice.' },
  'quiz.stopNotAllowed': {
    ko: '퀴즈를 시작한 사람이나 서버 관리 권한이 있는 사람만 멈출 수 있어요.',
    en: 'Only whoever started the quiz, or a member with Manage Server, can stop it.',
  },
  'quiz.ended': { ko: '이미 끝난 퀴즈예요.', en: 'This quiz has already ended.' },
  'quiz.reportOpen': {
    ko: '문제가 끝난 뒤에 신고할 수 있어요.',
    en: 'A question can be reported once it has closed.',
  },
  'remind.nothingDue': {
    ko: '지금 복습할 카드가 없어요. 잘하고 있어요! 🎉',
    en: 'Nothing is due for review right now. Well done! 🎉',
  },
  'remind.unavailable': {
    ko: '이 쌤은 봇 토큰 없이 실행 중이라 DM 알림을 보낼 수 없어요.',
    en: 'This ssaem runs without a bot token, so it cannot send reminder DMs.',
  },
  'schedule.badZone': (p: { zone: string }) => ({
    ko: `「${quoteUserText(p.zone, 64)}」는 알 수 없는 시간대예요. \`Asia/Seoul\`처럼 적어 주세요. 아무것도 바꾸지 않았어요.`,
    en: `“${quoteUserText(p.zone, 64)}” is not a time zone I know. Write it like \`Asia/Seoul\`. Nothing was changed.`,
  }),
  'daily.cannotPost': (p: { channel: string }) => ({
    ko: `<#${p.channel}> 채널에는 쌤이 글을 올릴 수 없어요. 채널 권한(채널 보기, 메시지 보내기)을 확인해 주세요. 아무것도 저장하지 않았어요.`,
    en: `ssaem cannot post in <#${p.channel}>. Check its channel permissions (View Channel, Send Messages). Nothing was saved.`,
  }),
  'notes.guildOnly': {
    ko: '노트는 서버마다 따로 있어요. 서버에서 써 주세요.',
    en: 'Notes belong to a server: use this in a server.',
  },
  'notes.notAllowed': {
    ko: '노트는 서버 관리 권한이 있는 사람이나 서버가 정한 역할만 바꿀 수 있어요. 읽기는 누구나 할 수 있어요.',
    en: 'Only members with Manage Server, or the role this server named, can change notes. Anyone can read them.',
  },
  'notes.roleManagersOnly': {
    ko: '노트를 바꿀 역할은 서버 관리 권한이 있는 사람만 정할 수 있어요.',
    en: 'Only members with Manage Server can name the role that changes notes.',
  },
  'notes.fileType': (p: { file: string }) => ({
    ko: `'${quoteUserText(p.file, 80)}': .md 또는 .txt 파일만 노트로 받을 수 있어요.`,
    en: `'${quoteUserText(p.file, 80)}': only .md or .txt files can be notes.`,
  }),
  'notes.tooLarge': (p: { max: string }) => ({
    ko: `노트 파일은 ${p.max}까지 받을 수 있어요.`,
    en: `A note file can be at most ${p.max}.`,
  }),
  'notes.attachmentNotOwn': {
    ko: '이 명령에 첨부된 파일이 아니에요. 파일을 이 명령에 직접 첨부해 주세요.',
    en: 'That is not the file attached to this command. Attach the file to the command itself.',
  },
  'notes.fetchFailed': {
    ko: '첨부 파일을 받아 오지 못했어요. 잠시 후 다시 시도해 주세요.',
    en: 'I could not fetch the attachment. Please try again in a moment.',
  },
  'notes.nameEmpty': { ko: '노트 이름이 비어 있어요.', en: 'The note needs a name.' },
  'notes.nameTooLong': (p: { max: number }) => ({
    ko: `노트 이름은 ${p.max}자까지 쓸 수 있어요.`,
    en: `A note name takes at most ${p.max} characters.`,
  }),
  'notes.nameInvalid': {
    ko: '노트 이름에는 / \\ : 같은 기호나 맨 앞의 점을 쓸 수 없어요.',
    en: 'A note name cannot hold / \\ : or start with a dot.',
  },
  'notes.nameTaken': (p: { name: string }) => ({
    ko: `'${quoteUserText(p.name, 80)}' 노트가 이미 있어요. 바꾸려면 replace:true를 붙여 주세요.`,
    en: `A note named '${quoteUserText(p.name, 80)}' already exists. Add replace:true to replace it.`,
  }),
  'notes.invalid': (p: { problems: string }) => ({
    ko: `노트에 문제가 있어서 저장하지 않았어요. 지금 노트는 그대로예요.\n${p.problems}`,
    en: `The note has problems, so nothing was stored; the current notes stay as they are.\n${p.problems}`,
  }),
  'notes.noSections': {
    ko: '노트에 내용이 없어요. 제목(#)과 내용을 적어 주세요.',
    en: 'The note is empty: write a heading (#) and some text.',
  },
  'notes.missing': (p: { name: string }) => ({
    ko: `'${quoteUserText(p.name, 80)}' 노트가 없어요. /notes list로 목록을 볼 수 있어요.`,
    en: `There is no note named '${quoteUserText(p.name, 80)}'. See /notes list.`,
  }),
  'notes.noPrevious': (p: { name: string }) => ({
    ko: `'${quoteUserText(p.name, 80)}' 노트에는 되돌릴 이전 버전이 없어요.`,
    en: `'${quoteUserText(p.name, 80)}' has no previous version to restore.`,
  }),
  'notes.exportEmpty': {
    ko: '이 서버에는 내보낼 노트가 아직 없어요. /notes add 로 .md 파일을 올려 보세요.',
    en: 'This server has no notes to export yet. Upload a .md file with /notes add.',
  },
  'notes.exportTooLarge': (p: { size: string; max: string }) => ({
    ko: `이 서버의 노트를 한 파일로 묶으면 ${p.size}라서 Discord 첨부 한도(${p.max})를 넘어요. 노트는 /notes show 로 하나씩 볼 수 있어요.`,
    en: `This server's notes come to ${p.size} as one file, over Discord's attachment limit (${p.max}). /notes show shows them one at a time.`,
  }),
  'store.unavailable': {
    ko: '지금은 기록을 저장할 수 없어서 처리하지 못했어요(아무것도 기록되지 않았어요). 봇을 운영하는 사람에게 알려 주시고, 잠시 후 다시 시도해 주세요.',
    en: "This couldn't be done: the bot cannot save records right now (nothing was recorded). Please tell whoever runs the bot, and try again later.",
  },
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof catalogue;

/** The parameters an entry takes: none for plain text, the function's argument otherwise. */
export type ParamsOf<K extends MessageId> = (typeof catalogue)[K] extends (params: infer P) => Text
  ? [params: P]
  : [];

/** The entry's text with its parameters filled in. */
export function textOf(id: MessageId, params: unknown): Text {
  const entry: Entry = catalogue[id];
  return typeof entry === 'function' ? (entry as (p: unknown) => Text)(params) : entry;
}
