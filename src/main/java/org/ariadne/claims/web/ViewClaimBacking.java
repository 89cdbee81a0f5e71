package org.ariadne.claims.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.FixityService;
import org.ariadne.claims.application.ClaimRecord;
import org.ariadne.claims.application.ClaimService;
import org.ariadne.claims.domain.Trace;
import org.ariadne.claims.domain.TraceCitation;
import org.ariadne.claims.domain.TraceCite;
import org.ariadne.claims.domain.TraceFootnote;
import org.ariadne.shared.domain.InvalidInputException;
import org.ariadne.shared.domain.NotFoundException;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The page of one claim: its citations, verdicts, its trace as a tree, and a reviewer's verdict form. */
@Named
@ViewScoped
public class ViewClaimBacking implements Serializable {

    @Inject
    ClaimService claims;

    @Inject
    FixityService fixity;

    private String id;
    private ClaimRecord claim;
    private TreeNode<TraceNode> root;
    private List<String> problems;
    private List<PrimarySource> primarySources;
    private String verdict = "verified";
    private String comment;
    private Map<Long, String> fixityFailures = Map.of();

    public void load() throws IOException {
        try {
            claim = claims.get(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such claim");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        fixityFailures = fixity.failuresOf(claim.citations().stream().map(ClaimRecord.CitationRecord::source)
                .collect(Collectors.toSet()));
        Trace trace = claims.trace(claim.id());
        problems = trace.problems();
        primarySources = primarySources(trace);
        root = tree(trace, bundle());
    }

    /** What the last fixity check found wrong with a cited source's archived text; null if nothing. */
    public String fixityFailure(long sourceId) {
        return fixityFailures.get(sourceId);
    }

    public void judge() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            claim = claims.judge(claim.id(), verdict, comment);
            comment = null;
            faces.addMessage(null, new FacesMessage(bundle().getString("claim.verdict.recorded")));
        } catch (InvalidInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    static TreeNode<TraceNode> tree(Trace trace, ResourceBundle bundle) {
        TreeNode<TraceNode> root = new DefaultTreeNode<>(new TraceNode(trace.claim().text(), null, null, false), null);
        root.setExpanded(true);
        for (TraceCitation c : trace.citations()) {
            StringBuilder detail = new StringBuilder(c.stance().wireName());
            if (c.locator() != null && !c.locator().isBlank()) {
                detail.append(", ").append(c.locator());
            }
            TreeNode<TraceNode> node = node(title(c.source().title(), c.source().id()), c.source().id(),
                    withQuote(detail, c.quote(), c.quoteFound(), bundle), root);
            footnotes(c.footnotes(), node, bundle);
        }
        return root;
    }

    private static void footnotes(List<TraceFootnote> footnotes, TreeNode<TraceNode> parent, ResourceBundle bundle) {
        for (TraceFootnote note : footnotes) {
            TreeNode<TraceNode> noteNode = node(MessageFormat.format(bundle.getString("claim.trace.note"),
                    note.number()), null, note.text(), parent);
            for (TraceCite cite : note.cites()) {
                StringBuilder detail = new StringBuilder(cite.locator() == null ? "" : cite.locator().strip());
                TreeNode<TraceNode> citeNode = node(title(cite.source().title(), cite.source().id()),
                        cite.source().id(), withQuote(detail, cite.quote(), cite.quoteFound(), bundle), noteNode);
                footnotes(cite.footnotes(), citeNode, bundle);
            }
        }
    }

    /**
     * A node's detail: what {@code detail} holds so far (stance, locator), then the quote and whether the cited text
     * holds it; null when there is nothing to show, so the page shows no dangling dash.
     */
    private static String withQuote(StringBuilder detail, String quote, Boolean found, ResourceBundle bundle) {
        if (quote != null && !quote.isBlank()) {
            detail.append(detail.isEmpty() ? "" : ": ").append('“').append(quote).append('”');
            if (found != null) {
                detail.append(" (").append(bundle.getString(found ? "claim.quoteFound" : "claim.quoteNotFound"))
                        .append(')');
            }
        }
        return detail.isEmpty() ? null : detail.toString();
    }

    private static TreeNode<TraceNode> node(String label, String sourceId, String detail, TreeNode<TraceNode> parent) {
        TreeNode<TraceNode> node = new DefaultTreeNode<>(new TraceNode(label, sourceId, detail, false), parent);
        node.setExpanded(true);
        return node;
    }

    /** The trace's primary sources with the titles the trace gives them, for links that say what they lead to. */
    static List<PrimarySource> primarySources(Trace trace) {
        Map<String, String> titles = new HashMap<>();
        for (TraceCitation c : trace.citations()) {
            titles.put(c.source().id(), title(c.source().title(), c.source().id()));
            collectTitles(c.footnotes(), titles);
        }
        return trace.primarySources().stream()
                .map(id -> new PrimarySource(id, titles.getOrDefault(id, "#" + id))).toList();
    }

    private static void collectTitles(List<TraceFootnote> footnotes, Map<String, String> titles) {
        for (TraceFootnote note : footnotes) {
            for (TraceCite cite : note.cites()) {
                titles.put(cite.source().id(), title(cite.source().title(), cite.source().id()));
                collectTitles(cite.footnotes(), titles);
            }
        }
    }

    /** A primary source of the trace: its id and its title. */
    public record PrimarySource(String id, String title) implements Serializable {
    }

    private static String title(String title, String id) {
        return title == null ? "#" + id : title;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClaimRecord getClaim() {
        return claim;
    }

    public TreeNode<TraceNode> getRoot() {
        return root;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<PrimarySource> getPrimarySources() {
        return primarySources;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
