<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign notes_pages = listings?filter(l -> l.listing == "notes")>
<#-- In a library of several documents each has its own about page (content.document, its folder;
     SitePagesRenderer) with what its cover says of it, and the library's about page links at most
     footer_documents of them, so that no about page grows with the library. -->
<#assign own_document = (content.document!"")?has_content && cover.short_title??>
<@layout.page title=own_document?then("About · " + cover.short_title, content.title) root=content.rootpath current=content.uri description=content.description>
  <#if own_document>
  <article class="about">
    <p class="kicker"><a href="${content.rootpath}${cover.uri}">${cover.short_title}</a></p>
    <h1>About this edition</h1>
    <section aria-labelledby="about-source">
      <h2 id="about-source">Where the text comes from</h2>
      <p><cite>${cover.title}</cite><#if cover.issuer??> was issued by ${cover.issuer}<#if cover.issued??> on <time datetime="${cover.issued}">${layout.long_date(cover.issued)}</time></#if></#if>. This library cites it as ${cover.short_title}.<#if cover.publisher??> Its text here is the one ${cover.publisher} republished<#if cover.source_url??> (<a href="${cover.source_url}">${cover.source_host!cover.source_url}</a>)</#if>: a republication, not the issuer's own. For anything that matters, compare it with the text the issuer released.</#if></p>
      <@layout.document_facts/>
      <div class="editions" data-editions-for="${cover.uri}"></div>
      <p>The text was imported word for word. Only the source pages' own furniture was left out when they were imported — share buttons, page numbers, registration lines — and each line left out is listed in the import report.</p>
    </section>
    <section aria-labelledby="about-library">
      <h2 id="about-library">The library</h2>
      <p>This document is one of the ${library?size} documents of <a href="${content.rootpath}index.html">this library</a>. What this site adds to their texts — paragraph numbers, citations, editor's notes, the glossary — is the same for all of them: see <a href="${content.rootpath}about.html">about this library's edition</a>.</p>
    </section>
  </article>
  <#else>
  <article class="about">
    <h1>About this edition</h1>
    <#if library?size gt 1>
    <section aria-labelledby="about-source">
      <h2 id="about-source">Where the texts come from</h2>
      <p>This library holds ${library?size} documents, listed on <a href="index.html">the library's home</a>. Each document has an about page of its own, linked from each of its pages, which says who issued it and when, where this site's text comes from, and which of its parts this site holds and which are missing:</p>
      <ul class="about-documents">
        <#list library as d>
        <#if d?index == layout.footer_documents><li><a href="index.html">${library?size - layout.footer_documents} more on the library's home</a></li><#break></#if>
        <li><a href="${d.folder}about.html">About <cite>${d.title}</cite></a></li>
        </#list>
      </ul>
      <p>The texts were imported word for word. Only the source pages' own furniture was left out when they were imported — share buttons, page numbers, registration lines — and each line left out is listed in the import report.</p>
    </section>
    <#elseif library?has_content>
    <#-- A library of one document: its section at #about-<folder> (where its pages link), saying what its
         cover says of it: issuer, date, source, parts held and missing. -->
    <section aria-labelledby="about-source">
      <h2 id="about-source">Where the texts come from</h2>
      <p>This library holds ${library?size} document<#if library?size != 1>s</#if>. For each, who issued it and when, where this site's text comes from, and which of its parts this site holds and which are missing:</p>
      <#list library as d>
      <#assign about_id = "about-" + d.folder?remove_ending("/")>
      <section class="about-document" aria-labelledby="${about_id}">
        <h3 id="${about_id}"><a href="${d.uri}"><cite>${d.title}</cite></a></h3>
        <p>Cited as ${d.short_title!""}.<#if d.publisher??> Its text here is the one ${d.publisher} republished<#if d.source_url??> (<a href="${d.source_url}">${d.source_host!d.source_url}</a>)</#if>: a republication, not the issuer's own. For anything that matters, compare it with the text the issuer released.</#if></p>
        <@layout.document_facts c=d/>
        <div class="editions" data-editions-for="${d.uri}"></div>
      </section>
      </#list>
      <p>The texts were imported word for word. Only the source pages' own furniture was left out when they were imported — share buttons, page numbers, registration lines — and each line left out is listed in the import report.</p>
    </section>
    <#else>
    <section aria-labelledby="about-source">
      <h2 id="about-source">Where the text comes from</h2>
      <p>This site presents <cite>${cover.title!config.site_title}</cite><#if cover.issuer??> (issued by ${cover.issuer}<#if cover.issued??>, <time datetime="${cover.issued}">${layout.long_date(cover.issued)}</time></#if>)</#if>.<#if cover.publisher??> Its text here is the one ${cover.publisher} republished<#if cover.source_url??> (<a href="${cover.source_url}">${cover.source_host!cover.source_url}</a>)</#if>: a republication, not the issuer's own. For anything that matters, compare it with the text the issuer released.</#if></p>
      <#if cover.holds??><p>This site holds ${cover.holds} only.<#if cover.omitted??> ${cover.omitted?cap_first} are part of the document but not of this site.</#if></p></#if>
      <@layout.document_facts/>
      <#if cover.uri??><div class="editions" data-editions-for="${cover.uri}"></div></#if>
      <p>The text was imported word for word. Only the source page's own furniture was left out when it was imported — share buttons, page numbers, registration lines — and each line left out is listed in the import report.</p>
    </section>
    </#if>
    <section aria-labelledby="about-additions">
      <h2 id="about-additions">What this site adds</h2>
      <p>The words of the paragraphs are the document's, as the source printed them. Everything else is added by this site, to help you read, find and cite it:</p>
      <ul>
        <li><strong>Paragraph numbers.</strong> ¶ 6.1.3 is section VI, subsection 1, third paragraph. A section's opening paragraphs are numbered under its roman numeral (¶ VI.1), the Conclusion's under C (¶ C.1), and a panel's under the panel (¶ P8.1). They are not in the source.<#if library?has_content> Each document of the library is numbered on its own, so a pinpoint names its document first: ${(library[0].short_title)!""} ¶ C.1.</#if></li>
        <li><strong>Citations.</strong> Select a paragraph number to cite the paragraph: a ready citation (document, issuer, date, paragraph number and its address), its link, and BibTeX, RIS or CSL-JSON for a reference manager. The address is the paragraph on its section's page, wherever you read it.</li>
        <li><strong>Editor's notes.</strong> Boxes headed "Editor's note" beside a paragraph are this edition's remarks, not the document's<#if notes_pages?has_content>; <a href="${notes_pages[0].uri}">${notes_pages[0].title}</a> lists them all</#if>. They are never part of a paragraph's text, its copy or its citation.</li>
        <li><strong>Navigation.</strong> The contents, breadcrumbs, previous and next links, <#if library?has_content>each document's full text on one page<#if library?size gt 1><#if listings?filter(l -> l.listing == "chronology")?has_content>, its own chronology</#if> and its own about page</#if>, </#if><#if full_text>the <a href="full.html">full text on one page</a> and </#if><a href="search.html">search</a>.</li>
        <#if content.terms gt 0>
        <li><strong>Glossary.</strong> Names and terms in the text link to short explanations written for this site (${content.terms} entries). They are editorial, not part of the document.</li>
        </#if>
      </ul>
    </section>
  </article>
  </#if>
</@layout.page>
