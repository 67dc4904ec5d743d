import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadDictionary } from '../src/i18n/messages.ts';

// The app loads the Chinese words on demand; components under test get them up front.
beforeAll(() => loadDictionary('zh-TW'));

// Testing Library unmounts between tests only when globals are on; we keep globals off.
afterEach(() => cleanup());
