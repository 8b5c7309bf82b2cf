/** The document registers, their numbering and the rendering of documents to DOCX and PDF (Decree 30/2020 layout). */
package vn.mattran.documents;
