/** The document registers, their numbering and the rendering of documents to DOCX and PDF. */
package vn.mattran.documents;
