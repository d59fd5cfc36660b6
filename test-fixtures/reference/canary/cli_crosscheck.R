# Reference side of cli_crosscheck.py: R 4.2 wilcox.test(candidate, baseline, conf.int = TRUE) and p.adjust(holm).
# Doubles travel in binary (writeBin/readBin), so no value is rounded on the way in or out.
# binary in: [ncases] then per case: nx ny conf x[nx] y[ny]; then np, p[np] (scipy p-values for Holm)
# binary out per case: status est lo hi p ; then holm[np]
args <- commandArgs(trailingOnly = TRUE)
con <- file(args[1], "rb")
n <- readBin(con, "double", 1)
out <- c()
for (i in seq_len(n)) {
  h <- readBin(con, "double", 3)
  x <- readBin(con, "double", h[1]); y <- readBin(con, "double", h[2])
  res <- tryCatch(suppressWarnings(wilcox.test(x, y, conf.int = TRUE, conf.level = h[3])), error = function(e) NULL)
  if (is.null(res)) out <- c(out, 0, NA, NA, NA, NA)
  else out <- c(out, 1, res$estimate, res$conf.int[1], res$conf.int[2], res$p.value)
}
np <- readBin(con, "double", 1)
p <- readBin(con, "double", np)
close(con)
out <- c(out, p.adjust(p, "holm"))
oc <- file(args[2], "wb"); writeBin(as.double(out), oc); close(oc)
