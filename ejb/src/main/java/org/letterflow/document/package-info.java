/**
 * Files as documents: their bytes stored once per hash, what they are (Apache Tika by content,
 * Apache PDFBox for pages), their text for search, and the PDFs Letterflow writes itself
 * (the receipt stamp, the registration card). Used by every component that carries files.
 */
package org.letterflow.document;
