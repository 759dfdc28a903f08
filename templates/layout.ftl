<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page frame every template shares: head, header, contents sidebar, footer.
     Auto-escaping is on (output_format="HTML"): only bodies rendered from Markdown use ?no_esc. -->
<#macro contents_list entries current root>
  <ol class="toc">
  <#list entries?filter(e -> e.type != "subsection" && e.type != "document") as entry>
    <li>
      <a href="${root}${entry.uri}"<#if entry.uri == current> aria-current="page"</#if>><#if entry.number?has_content && entry.number != entry.title><span class="num">${entry.number}</span> </#if>${entry.title}</a>
      <#assign children = entries?filter(c -> c.parent == entry.slug)>
      <#if children?has_content>
      <ol>
        <#list children as child>
        <li><a href="${root}${child.uri}"<#if child.uri == current> aria-current="page"</#if>><span class="num">${child.number}</span> ${child.title}</a></li>
        </#list>
      </ol>
      </#if>
    </li>
  </#list>
  </ol>
</#macro>
<#macro page title root current="" description="">
<#assign toc = contents>
<#assign reference_pages = listings>
<!DOCTYPE html>
<html lang="${config.site_language!"en"}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}<#if title != config.site_title> · ${config.site_title}</#if></title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <link rel="stylesheet" href="${root}css/site.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to the text</a>
  <header class="site-header">
    <a class="site-title" href="${root}index.html">${config.site_title}</a>
    <#if reference_pages?has_content>
    <nav class="reference-links" aria-label="Glossary and indexes">
      <ul><#list reference_pages as r><li><a href="${root}${r.uri}"<#if r.uri == current> aria-current="page"</#if>>${r.title}</a></li></#list></ul>
    </nav>
    </#if>
  </header>
  <div class="frame">
    <nav class="sidebar" aria-label="Contents">
      <h2 class="sidebar-title"><a href="${root}index.html">Contents</a></h2>
      <@contents_list entries=toc current=current root=root/>
    </nav>
    <main id="main">
      <#nested>
    </main>
  </div>
  <footer class="site-footer">
    <p>Text: <a href="${root}index.html">${config.site_title}</a>. Paragraph numbers and navigation are added by this site, not part of the official text.</p>
  </footer>
</body>
</html>
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
      <li><a href="${content.rootpath}index.html">Cover</a></li>
      <#if content.parent_page_uri??><li><a href="${content.rootpath}${content.parent_page_uri}">${content.parent_page_number} ${content.parent_page_title}</a></li></#if>
      <li aria-current="page">${content.title}</li>
    </ol>
  </nav>
</#macro>
