import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadLanguage } from '../src/i18n/translate.ts';

// The app loads the Chinese words on demand; components under test get them up front.
beforeAll(() => loadLanguage('zh-TW'));

// Testing Library unmounts between tests only when globals are on; we keep globals off.
afterEach(() => cleanup());
