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
    private List<String> primarySources;
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
        primarySources = trace.primarySources();
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
            String detail = MessageFormat.format(bundle.getString("claim.trace.citation"), c.stance().wireName(),
                    c.locator() == null ? "" : c.locator(), c.quote() == null ? "" : c.quote(),
                    bundle.getString(c.quoteFound() ? "claim.quoteFound" : "claim.quoteNotFound"));
            TreeNode<TraceNode> node = node(title(c.source().title(), c.source().id()), c.source().id(), detail, root);
            footnotes(c.footnotes(), node, bundle);
        }
        return root;
    }

    private static void footnotes(List<TraceFootnote> footnotes, TreeNode<TraceNode> parent, ResourceBundle bundle) {
        for (TraceFootnote note : footnotes) {
            TreeNode<TraceNode> noteNode = node(MessageFormat.format(bundle.getString("claim.trace.note"),
                    note.number()), null, note.text(), parent);
            for (TraceCite cite : note.cites()) {
                String detail = MessageFormat.format(bundle.getString("claim.trace.cite"),
                        cite.locator() == null ? "" : cite.locator(), cite.quote() == null ? "" : cite.quote());
                TreeNode<TraceNode> citeNode = node(title(cite.source().title(), cite.source().id()),
                        cite.source().id(), detail, noteNode);
                footnotes(cite.footnotes(), citeNode, bundle);
            }
        }
    }

    private static TreeNode<TraceNode> node(String label, String sourceId, String detail, TreeNode<TraceNode> parent) {
        TreeNode<TraceNode> node = new DefaultTreeNode<>(new TraceNode(label, sourceId, detail, false), parent);
        node.setExpanded(true);
        return node;
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

    public List<String> getPrimarySources() {
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
