<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page frame every template shares: head, header, contents sidebar, footer.
     Auto-escaping is on (output_format="HTML"): only bodies rendered from Markdown use ?no_esc. -->
<#-- entries: a contents tree from the navigation extractor (contents_tree or sidebar), with the
     current page and the expanded sections already flagged, so that no page compares strings. -->
<#macro contents_list entries root>
  <ol class="toc">
  <#list entries as entry>
    <li>
      <a href="${root}${entry.uri}"<#if entry.current> aria-current="page"</#if>><#if entry.show_number><span class="num">${entry.number}</span> </#if>${entry.title}</a>
      <#if entry.expanded>
      <ol>
        <#list entry.children as child>
        <li><a href="${root}${child.uri}"<#if child.current> aria-current="page"</#if>><span class="num">${child.number}</span> ${child.title}</a></li>
        </#list>
      </ol>
      </#if>
    </li>
  </#list>
  </ol>
</#macro>
<#macro page title root current="" description="">
<#assign toc = sidebar>
<!DOCTYPE html>
<html lang="${config.site_language!"en"}">
<head>
  <meta charset="utf-8">
  <#-- Content-Security-Policy (issue 6): must stay the first thing after charset; check/ContentSecurityCheck.POLICY is the same text. -->
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}<#if title != config.site_title> · ${config.site_title}</#if></title>
  <#if description?has_content><meta name="description" content="${description}"></#if>
  <link rel="stylesheet" href="${root}css/site.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to the text</a>
  <header class="site-header">
    <a class="site-title" href="${root}index.html">${config.site_title}</a>
  </header>
  <div class="frame">
    <nav class="sidebar" aria-label="Contents">
      <h2 class="sidebar-title"><a href="${root}index.html">Contents</a></h2>
      <@contents_list entries=toc root=root/>
    </nav>
    <main id="main">
      <#nested>
      <@edit_links/>
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
