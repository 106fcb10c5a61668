import '../analyze/ready';

// What the profile page loads to read a CV: the reader, with the built-in lexicon installed.
export { readCv } from './cv-read';
