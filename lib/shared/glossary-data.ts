import glossary from '../../assets/glossary.json';
import { createGlossary } from './glossary';

/**
 * The shipped glossary. Imported where its 45 kB do not weigh on a council page: the background
 * (which hands it to the sidebar once it is open), extension pages and Node. The sidebar itself
 * carries only the code that finds terms.
 */
export const GLOSSARY = createGlossary(glossary);
