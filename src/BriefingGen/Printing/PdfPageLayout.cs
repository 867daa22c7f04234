namespace BriefingGen.Printing;

/// <summary>
/// How a page's letters are set: the smallest and largest scale from their font size to their size
/// on the page (Chromium writes font sizes in CSS px, so an unscaled page has 0.75 pt per px), and
/// the letters that lie outside the page, if any.
/// </summary>
internal sealed record PdfPageLayout(int Number, double MinScale, double MaxScale, string TextOffPage);
