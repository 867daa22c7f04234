namespace BriefingGen.Printing;

/// <summary>The DevTools replies that LineGrid reads: a document's root, nodes found, a node's attributes and box, a style sheet.</summary>
internal sealed record DomDocument(DomNode Root);

/// <summary>A node of the DevTools DOM domain.</summary>
internal sealed record DomNode(int NodeId);

/// <summary>The reply of DOM.querySelector: 0 when nothing matched.</summary>
internal sealed record DomQuery(int NodeId);

/// <summary>The reply of DOM.querySelectorAll, in document order.</summary>
internal sealed record DomQueryAll(int[] NodeIds);

/// <summary>The reply of DOM.getAttributes: names and values, alternating.</summary>
internal sealed record DomAttributes(string[] Attributes);

/// <summary>The reply of DOM.getBoxModel.</summary>
internal sealed record DomBoxModel(DomBoxes Model);

/// <summary>A node's content, padding, border and margin boxes, each as a quad (x1, y1 … x4, y4, clockwise from the top left) in CSS pixels.</summary>
internal sealed record DomBoxes(double[] Content, double[] Padding, double[] Border, double[] Margin);

/// <summary>The reply of CSS.createStyleSheet.</summary>
internal sealed record DomStyleSheet(string StyleSheetId);

