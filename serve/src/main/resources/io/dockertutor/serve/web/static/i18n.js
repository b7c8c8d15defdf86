// The pages' words in English and Korean; the language is the browser's (Accept-Language) or the one chosen.
const TEXTS = {
  en: {
    'join.title': 'Join the class', 'join.name': 'Your name', 'join.code': 'Class code', 'join.button': 'Open my terminal',
    'error.name': 'Type a name of 1 to 40 characters.', 'error.code': 'That is not the class code. Ask your teacher.',
    'error.full': 'The class is full. Ask your teacher.', 'error.network': 'The server cannot be reached. Try again.',
    'error.rate': 'Too many learners joined from this computer\'s address in a short time. Wait {0} seconds, then press the button again.',
    'status.connecting': 'Connecting…', 'status.reconnecting': 'Connection lost; reconnecting…',
    'status.ended': 'Your session ended. Press any key to start again.',
    'status.tooMany': 'Too many terminals are open from this computer. Close another tab, then reload.',
    'status.notJoined': 'Please join first.', 'lang.other': '한국어',
    'teacher.title': 'Class', 'teacher.learner': 'Learner', 'teacher.lesson': 'Lesson', 'teacher.steps': 'Steps',
    'teacher.onStep': 'On step', 'teacher.idle': 'Idle', 'teacher.away': 'away', 'teacher.none': 'no lesson',
    'teacher.watching': 'Watching (read-only):', 'teacher.close': 'Close', 'teacher.noSession': 'Not connected now.',
    'teacher.export': 'Export:', 'teacher.empty': 'Nobody has joined yet.', 'teacher.live': 'live', 'teacher.offline': 'reconnecting…',
    'cell.hints': 'hints', 'cell.solution': 'solution', 'cell.attempts': 'wrong attempts'
  },
  ko: {
    'join.title': '수업에 참여하기', 'join.name': '이름', 'join.code': '수업 코드', 'join.button': '내 터미널 열기',
    'error.name': '이름을 1자에서 40자 사이로 입력하세요.', 'error.code': '수업 코드가 맞지 않습니다. 선생님께 물어보세요.',
    'error.full': '수업 인원이 다 찼습니다. 선생님께 물어보세요.', 'error.network': '서버에 연결할 수 없습니다. 다시 시도하세요.',
    'error.rate': '이 컴퓨터의 주소에서 짧은 시간에 너무 많은 학습자가 참여했습니다. {0}초 기다린 뒤 버튼을 다시 누르세요.',
    'status.connecting': '연결 중…', 'status.reconnecting': '연결이 끊겼습니다. 다시 연결하는 중…',
    'status.ended': '세션이 끝났습니다. 아무 키나 누르면 다시 시작합니다.',
    'status.tooMany': '이 컴퓨터에서 열린 터미널이 너무 많습니다. 다른 탭을 닫고 새로 고치세요.',
    'status.notJoined': '먼저 참여하세요.', 'lang.other': 'English',
    'teacher.title': '수업', 'teacher.learner': '학습자', 'teacher.lesson': '레슨', 'teacher.steps': '단계',
    'teacher.onStep': '현재 단계에서', 'teacher.idle': '쉬는 시간', 'teacher.away': '접속 안 함', 'teacher.none': '레슨 없음',
    'teacher.watching': '보는 중 (읽기 전용):', 'teacher.close': '닫기', 'teacher.noSession': '지금은 접속하지 않았습니다.',
    'teacher.export': '내보내기:', 'teacher.empty': '아직 아무도 참여하지 않았습니다.', 'teacher.live': '실시간', 'teacher.offline': '다시 연결 중…',
    'cell.hints': '힌트', 'cell.solution': '해답', 'cell.attempts': '틀린 시도'
  }
};
let lang = localStorage.getItem('lang') || ((navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en');
function t(key) { return (TEXTS[lang] && TEXTS[lang][key]) || TEXTS.en[key] || key; }
function applyTexts() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
  const toggle = document.getElementById('lang-toggle');
  if (toggle) { toggle.textContent = t('lang.other'); }
}
function toggleLanguage() {
  lang = lang === 'ko' ? 'en' : 'ko';
  localStorage.setItem('lang', lang);
  applyTexts();
}
