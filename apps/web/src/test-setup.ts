import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router needs them when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom does not scroll; the layout scrolls to the top after each navigation.
window.scrollTo = () => undefined;
