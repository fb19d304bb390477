/**
 * Catalogue-document errors in the interface language: the API's DocumentError (or an entry of a
 * refusal's `extensions.errors`) worded from its code and params, with the API's English sentence
 * for anything this app cannot word. Used wherever a document error is shown.
 */
import './i18n';
export {
  describeDocumentError,
  ItemNamesContext,
  useDescribeDocumentError,
  type ItemNamer,
  type DocumentErrorLike,
  type DocumentErrorWording,
} from './describe-document-error';
