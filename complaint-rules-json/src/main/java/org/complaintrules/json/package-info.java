/**
 * The JSON mapping of the complaint-rules contract (CONTRACT.md): {@link org.complaintrules.json.CaseReader}
 * reads cases in (one object, an array, or JSON Lines) and advice back;
 * {@link org.complaintrules.json.AdviceWriter} writes advice, error objects and cases out. Mapping
 * is done by hand from Jackson's tree, so every error names the full JSON path of the field at
 * fault and quotes the value; no Jackson type appears in this package's public API.
 */
package org.complaintrules.json;
