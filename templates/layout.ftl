<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page frame every template shares: head, header, contents sidebar, footer.
     Auto-escaping is on (output_format="HTML"): only bodies rendered from Markdown use ?no_esc,
     and JSON-LD uses json(…)?no_esc (JSON escaping with < and > as \u escapes, so nothing can close the script).
     No inline script or style anywhere: the Content-Security-Policy allows files under assets/ only. -->
<#-- The contents as a nested list, from contents_tree (top-level parts, each with its children).
     The sidebar shows every top-level part but opens only the one the reader is in (open: the slug
     of the current page's parent), so a page's size doesn't grow with the whole document; the
     cover opens every part (expand_all) and lists the panels too. -->
<#-- The most subsections the sidebar lists under the open part. -->
<#assign sidebar_siblings = 15>
<#assign footer_documents = 10>
<#-- The most documents the search page's filter lists: a select of a thousand documents is no filter
     and makes the page grow with the library; above it each cover has its own search form. -->
<#assign filter_documents = 25>
<#macro contents_list entries current root panels=false expand_all=false open="">
  <#-- The top level is bounded as the children are: a flat document of thousands of parts, or a
       library of thousands of documents, shows sidebar_siblings entries around the reader's own and
       links the rest to the cover (or the library's home), which lists them all. -->
  <#assign top_first = 0>
  <#assign top_last = entries?size - 1>
  <#if !expand_all && entries?size gt sidebar_siblings>
    <#assign top_at = entries?map(e -> e.uri!"")?seq_index_of(current)>
    <#if top_at lt 0><#assign top_at = entries?map(e -> e.slug!"")?seq_index_of(open)></#if>
    <#if top_at lt 0><#assign top_at = 0></#if>
    <#assign top_first = top_at - (sidebar_siblings / 2)?floor>
    <#if top_first gt entries?size - sidebar_siblings><#assign top_first = entries?size - sidebar_siblings></#if>
    <#if top_first lt 0><#assign top_first = 0></#if>
    <#assign top_last = top_first + sidebar_siblings - 1>
  </#if>
  <ol class="toc">
  <#if top_first gt 0>
  <li class="toc-more"><a href="${root}${(cover.uri)!"index.html"}">… ${top_first} more</a></li>
  </#if>
  <#list entries[top_first..<(top_last + 1)] as entry>
    <#assign opened = expand_all || entry.uri == current || entry.slug == open>
    <li<#if entry.children?has_content && !opened> class="closed"</#if>>
      <a href="${root}${entry.uri}"<#if entry.uri == current> aria-current="page"</#if>><#if entry.number?has_content && entry.number != entry.title><span class="num">${entry.number}</span> </#if>${entry.title}</a>
      <#if entry.children?has_content>
      <#if opened>
      <#-- The sidebar lists at most sidebar_siblings children around the current page, and links
           the rest ("… 480 more") to the section's own list, so a page's size doesn't grow with the
           number of its siblings; the cover (expand_all) lists them all. -->
      <#assign kids = entry.children>
      <#assign first = 0>
      <#assign last = kids?size - 1>
      <#if !expand_all && kids?size gt sidebar_siblings>
        <#assign at = entry.child_uris?seq_index_of(current)>
        <#assign first = (at - (sidebar_siblings / 2)?floor)>
        <#if first gt kids?size - sidebar_siblings><#assign first = kids?size - sidebar_siblings></#if>
        <#if first lt 0><#assign first = 0></#if>
        <#assign last = first + sidebar_siblings - 1>
      </#if>
      <ol>
        <#if first gt 0>
        <li class="toc-more"><a href="${root}${entry.uri}#subsections-title">… ${first} more</a></li>
        </#if>
        <#list kids[first..last] as child>
        <li><a href="${root}${child.uri}"<#if child.uri == current> aria-current="page"</#if>><span class="num">${child.number}</span> ${child.title}</a>
          <#if panels && child.panels?has_content>
          <ul class="toc-panels">
            <#list child.panels as panel>
            <li><a href="${root}${child.uri}#${panel.id}"><span class="num">Panel ${panel.number}</span> ${panel.title}</a></li>
            </#list>
          </ul>
          </#if>
        </li>
        </#list>
        <#if last lt kids?size - 1>
        <li class="toc-more"><a href="${root}${entry.uri}#subsections-title">… ${kids?size - 1 - last} more</a></li>
        </#if>
      </ol>
      </#if>
      <#elseif panels && entry.panels?has_content>
      <ul class="toc-panels">
        <#list entry.panels as panel>
        <li><a href="${root}${entry.uri}#${panel.id}"><span class="num">Panel ${panel.number}</span> ${panel.title}</a></li>
        </#list>
      </ul>
      </#if>
    </li>
  </#list>
  <#if top_last lt entries?size - 1>
  <li class="toc-more"><a href="${root}${(cover.uri)!"index.html"}">… ${entries?size - 1 - top_last} more</a></li>
  </#if>
  </ol>
</#macro>
<#-- A JSON string's content, safe inside <script>: "<" and ">" as \u escapes, so no text can end the script. -->
<#function json value><#return value?json_string?replace("<", "\\u003C")?replace(">", "\\u003E")></#function>
<#-- One schema.org object as JSON-LD. Values are JSON-escaped, then inserted unescaped. -->
<#macro json_ld type name description="" url="" partOf="" position="">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"${json(type)?no_esc}","name":"${json(name)?no_esc}"<#if description?has_content>,"description":"${json(description)?no_esc}"</#if><#if url?has_content>,"url":"${json(url)?no_esc}"</#if>,"inLanguage":"${json((config.site_language!"en"))?no_esc}"<#if position?has_content>,"position":"${json(position)?no_esc}"</#if><#if partOf?has_content>,"isPartOf":{"@type":"Report","name":"${json(partOf)?no_esc}"}</#if><#nested>}</script>
</#macro>
<#--
  page: the frame. title and description fill <title>, the description meta and OpenGraph;
  root is the relative path to the site root ("" or "../"); current is the page's own uri, marked
  in the sidebar and used for the canonical URL when site.host is set.
  Optional: search=false drops the header's search box (the search page has its own);
  jsonld=false leaves out the JSON-LD; scripts adds deferred scripts (paths from the root);
  base_href writes a <base> (the 404 page, which GitHub Pages serves at any depth).
-->
<#macro page title root current="" description="" search=true jsonld=true scripts=[] base_href="">
<#assign toc = contents>
<#assign siteTitle = config.site_title>
<#assign host = (config.site_host!"")?trim>
<#assign pageType = (content.type)!"page">
<#if host?has_content><#assign base = host?ensure_ends_with("/")><#else><#assign base = ""></#if>
<#assign pageUrl = "">
<#if base?has_content && current?has_content><#assign pageUrl = base + (current == "index.html")?then("", current)></#if>
<#assign fullTitle>${title}<#if title != siteTitle> · ${siteTitle}</#if></#assign>
<#assign reference_pages = listings>
<#assign language = config.site_language!"en">
<#-- The document's own pages (cover, sections, subsections, the full text) cite the document; the
     site's other pages (glossary, listings, about, search) are this edition's, not the issuer's. -->
<#-- In a library (library lists its documents) each document lives in its folder (cover.folder, "cyber/");
     on a site of one document cover.folder is "" and every address is as it always was. -->
<#assign folder = cover.folder!"">
<#assign documentPage = pageType == "document" || pageType == "section" || pageType == "subsection" || current == folder + "full.html">
<!DOCTYPE html>
<html lang="${language}"<#if base?has_content> data-site-url="${base}"</#if>>
<head>
  <meta charset="utf-8">
  <#-- Content-Security-Policy (issue 6): must stay the first thing after charset; check/ContentSecurityCheck.POLICY is the same text.
       form-action allows the header's search form (a GET to search.html); base-uri allows the 404 page's <base href> to the site. -->
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
  <#if base_href?has_content><base href="${base_href}"></#if>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${fullTitle}</title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <#if pageUrl?has_content><link rel="canonical" href="${pageUrl}"></#if>
  <meta name="color-scheme" content="light dark">
  <meta property="og:type" content="${(pageType == "document" || pageType == "section" || pageType == "subsection")?then("article", "website")}">
  <meta property="og:title" content="${title}">
  <meta property="og:site_name" content="${siteTitle}">
  <#if description?has_content><meta property="og:description" content="${description}"></#if>
  <#if pageUrl?has_content><meta property="og:url" content="${pageUrl}"></#if>
  <@citation_meta title=title pageUrl=pageUrl documentPage=documentPage language=language/>
  <#-- Small and blocking on purpose: it sets the chosen colour scheme before the first paint. -->
  <script src="${root}js/theme.js"></script>
  <link rel="stylesheet" href="${root}css/site.css">
  <link rel="stylesheet" href="${root}css/print.css" media="print">
  <#-- A local icon: without one every visit asks for /favicon.ico and gets a 404. -->
  <link rel="icon" href="${root}favicon.ico" sizes="32x32">
  <link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
  <script src="${root}js/site.js" defer></script>
  <#list scripts as script><script src="${root}${script}" defer></script></#list>
  <#if jsonld>
    <#if pageType == "document">
      <@json_ld type="Report" name=title description=description url=pageUrl><#if cover.issuer??>,"author":{"@type":"GovernmentOrganization","name":"${json(cover.issuer)?no_esc}"}</#if>,"publisher":{"@type":"Organization","name":"${json((content.publisher!""))?no_esc}"}<#if content.updated??>,"dateModified":"${json(content.updated?string)?no_esc}"</#if><#if content.date??>,"datePublished":"${json(content.date?string("yyyy-MM-dd"))?no_esc}"</#if>,"hasPart":[<#list toc?filter(e -> e.type != "document") as part>{"@type":"Chapter","name":"${json(part.title)?no_esc}","position":"${json(part.number)?no_esc}"<#if base?has_content>,"url":"${json((base + part.uri))?no_esc}"</#if>}<#sep>,</#sep></#list>]</@json_ld>
    <#elseif pageType == "section" || pageType == "subsection">
      <@json_ld type="Chapter" name=title description=description url=pageUrl partOf=siteTitle position=(content.number!"")/>
    <#else>
      <@json_ld type="WebPage" name=title description=description url=pageUrl partOf=siteTitle/>
    </#if>
  </#if>
</head>
<body class="page-${pageType}"<#if cover.publisher??> data-text-from="${cover.publisher}"</#if><#if library?has_content && cover.short_title??> data-document="${cover.short_title}"</#if>>
  <a class="skip-link" href="#main">Skip to the text</a>
  <a class="skip-link" href="#site-contents">Skip to the contents</a>
  <header class="site-header">
    <div class="header-inner">
      <a class="site-title" href="${root}index.html">${siteTitle}</a>
      <a class="contents-link" href="#site-contents">Contents</a>
      <#if search>
      <form class="site-search" role="search" action="${root}search.html" method="get">
        <label class="visually-hidden" for="site-search-q">Search the document</label>
        <input id="site-search-q" class="search-input" type="search" name="q" placeholder="Search" autocomplete="off" data-shortcut="/" aria-keyshortcuts="/">
        <button type="submit" class="search-button">Search</button>
      </form>
      </#if>
      <button type="button" class="theme-toggle" aria-pressed="false"><span class="toggle-label">Dark mode</span></button>
    </div>
  </header>
  <div class="frame">
    <main id="main" tabindex="-1">
      <#nested>
      <@edit_links/>
    </main>
    <nav class="sidebar" id="site-contents" aria-label="Contents">
      <#if library?has_content && !folder?has_content>
      <h2 class="sidebar-title"><a href="${root}index.html">Documents</a></h2>
      <#else>
      <#if library?has_content><p class="sidebar-library"><a href="${root}index.html">Library</a> · ${cover.short_title!""}</p></#if><h2 class="sidebar-title"><a href="${root}${cover.uri!"index.html"}">Contents</a></h2>
      </#if>
      <@contents_list entries=contents_tree current=current root=root open=((content.parent)!"")/>
      <ul class="sidebar-more">
        <#if full_text><li><a href="${root}${folder}full.html"<#if current == folder + "full.html"> aria-current="page"</#if>>The full text on one page</a></li></#if>
        <#-- In a library of several documents each has its own chronology and about page (SitePagesRenderer); the shared listings and the library's about page (the footer's link) cover the whole library. -->
        <#if library?size gt 1 && folder?has_content && reference_pages?filter(r -> r.listing == "chronology")?has_content><li><a href="${root}${folder}chronology.html"<#if current == folder + "chronology.html"> aria-current="page"</#if>>Chronology of this document</a></li></#if><li><a href="${root}search.html"<#if current == "search.html"> aria-current="page"</#if>>Search</a></li>
        <#if library?size gt 1 && folder?has_content><li><a href="${root}${folder}about.html"<#if current == folder + "about.html"> aria-current="page"</#if>>About this document</a></li><#else><li><a href="${root}about.html<#if library?has_content && folder?has_content>#about-${folder?remove_ending("/")}</#if>"<#if current == "about.html"> aria-current="page"</#if>>About this edition</a></li></#if>
        <#list reference_pages as r><li><a href="${root}${r.uri}"<#if r.uri == current> aria-current="page"</#if>>${r.title}</a></li></#list>
      </ul>
    </nav>
  </div>
  <footer class="site-footer">
    <#if library?has_content && !cover.title??>
    <#-- At most footer_documents are named, so a page's size doesn't grow with the library. -->
    <p>This library holds ${library?size} documents: <#list library as d><#if d?index == footer_documents>and <a href="${root}index.html">${library?size - footer_documents} more</a><#break></#if><a href="${root}${d.uri}"><cite>${d.title}</cite></a><#if d.issuer??> (${d.issuer})</#if><#sep>; </#sep></#list>.</p>
    <#else>
    <p>Text: <a href="${root}${cover.uri!"index.html"}"><cite>${cover.title!siteTitle}</cite></a><#if cover.issuer??> (${cover.issuer}<#if cover.issued??>, <time datetime="${cover.issued}">${long_date(cover.issued)}</time></#if>)</#if>.<#if cover.holds??> This site holds ${cover.holds}<#if cover.omitted??> (not included: ${cover.omitted})</#if>.</#if><#if cover.publisher??> Source of the text: <#if cover.source_url??><a href="${cover.source_url}">${cover.publisher}</a><#else>${cover.publisher}</#if>.</#if></p>
    </#if>
    <p>Paragraph numbers, navigation, links, the glossary and editor's notes are added by this site and are not part of the document — <a href="${root}about.html">about this edition</a>.</p>
  </footer>
  <div class="toast" role="status" aria-live="polite"></div>
</body>
</html>
</#macro>
<#-- The in-page contents of a long page: filled by the post-processor (PageContents) from the
     paragraphs' lead-ins and the panels, and left out when the page is short. A disclosure, open;
     js/site.js closes it on a phone, so that the first paragraph starts on the first screen. -->
<#macro page_contents>
  <nav class="page-toc" aria-labelledby="page-toc-title" data-fill="paragraphs">
    <details open><summary><h2 id="page-toc-title">On this page</h2></summary></details>
  </nav>
</#macro>
<#macro pager>
  <nav class="pager" aria-label="Previous and next">
    <#if content.previous_page_uri??>
    <a class="prev" rel="prev" href="${content.rootpath}${content.previous_page_uri}"><span class="label">Previous</span> <#if content.previous_page_number?has_content && content.previous_page_number != content.previous_page_title>${content.previous_page_number} </#if>${content.previous_page_title}</a>
    </#if>
    <#if content.next_page_uri??>
    <a class="next" rel="next" href="${content.rootpath}${content.next_page_uri}"><span class="label">Next</span> <#if content.next_page_number?has_content && content.next_page_number != content.next_page_title>${content.next_page_number} </#if>${content.next_page_title}</a>
    </#if>
  </nav>
</#macro>
<#macro breadcrumbs>
  <nav class="breadcrumbs" aria-label="Breadcrumbs">
    <ol>
      <#if library?has_content><li><a href="${content.rootpath}index.html">Library</a></li></#if><li><a href="${content.rootpath}${cover.uri!"index.html"}"><#if library?has_content>${cover.short_title!"Cover"}<#else>Cover</#if></a></li>
      <#if content.parent_page_uri??><li><a href="${content.rootpath}${content.parent_page_uri}">${content.parent_page_number} ${content.parent_page_title}</a></li></#if>
      <li aria-current="page">${content.title}</li>
    </ol>
  </nav>
</#macro>
<#-- "Edit this page" (GitHub's editor) and "History" for a page built from a content file, on the
     repository and branch of site.repo / site.branch. Pages not built from content (404) get none. -->
<#macro edit_links>
  <#if (content.source_file)?? && config.site_repo?has_content>
  <#assign github = "https://github.com/" + config.site_repo>
  <#assign branch = (config.site_branch!"main")?url_path('UTF-8')>
  <#assign file = (config.content_folder!"content")?url_path('UTF-8') + "/" + content.source_file?url_path('UTF-8')>
  <nav class="edit-links" aria-label="Edit">
    <a class="edit" href="${github}/edit/${branch}/${file}">Edit this page</a>
    <a class="history" href="${github}/commits/${branch}/${file}">History</a>
  </nav>
  </#if>
</#macro>
<#-- A date written YYYY-MM-DD as readers write it: "16 March 2023". -->
<#function long_date day><#return day?date("yyyy-MM-dd")?string("d MMMM yyyy")></#function>
<#-- The meta tags reference managers read (Zotero's Embedded Metadata translator, Google Scholar,
     Mendeley): Highwire's citation_* and Dublin Core. The document's pages describe the document as
     its issuer's report; the site's own pages describe themselves as this edition's. Addresses are
     absolute or absent: without site.host a built site has no address to give. -->
<#macro citation_meta title pageUrl documentPage language>
  <#if documentPage && cover.issuer??>
  <meta name="citation_title" content="${cover.title!config.site_title}">
  <meta name="citation_author" content="${cover.issuer}">
  <meta name="citation_technical_report_institution" content="${cover.issuer}">
  <meta name="citation_publisher" content="${cover.issuer}">
  <#if cover.issued??><meta name="citation_publication_date" content="${cover.issued?replace("-", "/")}"></#if>
  <#else>
  <meta name="citation_title" content="${title}">
  <meta name="citation_publisher" content="${config.site_title}">
  </#if>
  <meta name="citation_language" content="${language}">
  <#if pageUrl?has_content>
  <meta name="citation_public_url" content="${pageUrl}">
  <meta name="citation_abstract_html_url" content="${pageUrl}">
  </#if>
  <#-- No <link rel="schema.DC">: it would name an address off the site, and Zotero reads "DC." as Dublin Core's elements without it. -->
  <#if documentPage && cover.issuer??>
  <meta name="DC.title" content="${cover.title!config.site_title}">
  <meta name="DC.creator" content="${cover.issuer}">
  <meta name="DC.publisher" content="${cover.issuer}">
  <#if cover.issued??><meta name="DC.date" content="${cover.issued}"></#if>
  <meta name="DC.type" content="Text">
  <#else>
  <meta name="DC.title" content="${title}">
  <meta name="DC.publisher" content="${config.site_title}">
  </#if>
  <#if cover.source_url??><meta name="DC.source" content="${cover.source_url}"></#if>
  <meta name="DC.language" content="${language}">
  <#if pageUrl?has_content><meta name="DC.identifier" content="${pageUrl}"></#if>
</#macro>
<#-- What the cover and the about page say of the document: who issued it and when, where this
     edition's text comes from, and which parts of it the site holds. Read from the cover's front matter
     (c: the page's cover, or on a library's about page one entry of library). -->
<#macro document_facts c=cover>
  <dl class="metadata">
    <#if c.issuer??><dt>Issued by</dt><dd>${c.issuer}</dd></#if>
    <#if c.issued??><dt>Released</dt><dd><time datetime="${c.issued}">${long_date(c.issued)}</time></dd></#if>
    <#if c.publisher??><dt>Text from</dt><dd><#if c.source_url??><a href="${c.source_url}">${c.publisher}</a><#else>${c.publisher}</#if><#if c.publication??> (${c.publication})</#if><#if c.updated??>, <time datetime="${c.updated}">${long_date(c.updated)}</time></#if><#if c.source_host??> · ${c.source_host}</#if></dd></#if>
    <#if c.posted??><dt>Posted</dt><dd><time datetime="${c.posted}">${long_date(c.posted)}</time></dd></#if>
    <#if c.holds??><dt>This site holds</dt><dd>${c.holds}<#if c.parts_held?? && c.parts??> (part<#if c.parts_held?size gt 1>s</#if> ${c.parts_held?join(", ")} of ${c.parts} on the source's pages)<#elseif c.part?? && c.parts??> (part ${c.part} of ${c.parts} on the source's pages)</#if></dd>
    <#elseif c.parts_held?? && c.parts??><dt>Parts held</dt><dd>Part<#if c.parts_held?size gt 1>s</#if> ${c.parts_held?join(", ")} of the ${c.parts} parts of the source</dd></#if>
    <#if !c.omitted?? && c.parts_missing?? && c.parts_missing?has_content><dt>Parts missing</dt><dd>Part<#if c.parts_missing?size gt 1>s</#if> ${c.parts_missing?join(", ")}, not yet imported</dd></#if>
    <#if c.omitted??><dt>Not included</dt><dd>${c.omitted}: they are part of the document but not of this site</dd></#if>
    <#if c.copyright??><dt>Copyright line in the source</dt><dd>${c.copyright}</dd></#if>
    <#if c.standfirst??><dt>Summary on the source page</dt><dd>${c.standfirst}</dd></#if>
  </dl>
</#macro>
