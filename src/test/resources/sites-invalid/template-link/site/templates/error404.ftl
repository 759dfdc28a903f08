<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Page not found" root="">
  <article class="not-found">
    <h1>Page not found</h1>
    <p>There is no page at this address. It may have moved when the document was re-imported.</p>
    <p><a href="index.html">Go to the cover and its full contents</a>, or to <a href="contents.html">the contents</a>.</p>
  </article>
</@layout.page>
