<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign cover = content.cover>
<@layout.page title=content.title root=content.rootpath current=content.uri description=content.description>
  <article class="about">
    <h1>About this edition</h1>
    <section aria-labelledby="about-source">
      <h2 id="about-source">Where the text comes from</h2>
      <p>This site presents <cite>${cover.title!config.site_title}</cite><#if cover.publisher??> as published by ${cover.publisher}<#if cover.publication??> (${cover.publication})</#if></#if><#if cover.source_host??> on ${cover.source_host}</#if>.</p>
      <dl class="metadata">
        <#if cover.publisher??><dt>Publisher</dt><dd>${cover.publisher}</dd></#if>
        <#if cover.updated??><dt>Updated</dt><dd><time datetime="${cover.updated}">${cover.updated?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></#if>
        <#if cover.source_host??><dt>Source</dt><dd>${cover.source_host}</dd></#if>
        <#if cover.part?? && cover.parts??><dt>Part held</dt><dd>Part ${cover.part} of ${cover.parts} of the source</dd></#if>
        <#if cover.copyright??><dt>Copyright line in the source</dt><dd>${cover.copyright}</dd></#if>
      </dl>
      <#if cover.uri??><div class="editions" data-editions-for="${cover.uri}"></div></#if>
      <p>The text was imported word for word. Only the source page's own furniture was left out when it was imported — share buttons, page numbers, registration lines — and each line left out is listed in the import report.</p>
    </section>
    <section aria-labelledby="about-additions">
      <h2 id="about-additions">What this site adds</h2>
      <p>The words of the document are the official text. Everything else is added by this site, to help you read, find and cite it:</p>
      <ul>
        <li><strong>Paragraph numbers.</strong> ¶ 6.1.3 is section VI, subsection 1, third paragraph. A section's opening paragraphs are numbered under its roman numeral (¶ VI.1), the Conclusion's under C (¶ C.1), and a panel's under the panel (¶ P8.1). They are not in the source.</li>
        <li><strong>Pinpoint links.</strong> Select a paragraph number to copy a link that opens the page at that paragraph.</li>
        <li><strong>Navigation.</strong> The contents, breadcrumbs, previous and next links, <#if full_text>the <a href="full.html">full text on one page</a> and </#if><a href="search.html">search</a>.</li>
        <#if content.terms gt 0>
        <li><strong>Glossary.</strong> Names and terms in the text link to short explanations written for this site (${content.terms} entries). They are editorial, not part of the document.</li>
        </#if>
      </ul>
    </section>
  </article>
</@layout.page>
