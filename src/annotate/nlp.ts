/** The one English tagger of the project (wink-nlp with its bundled lite model: no download, deterministic). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | null = null;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
