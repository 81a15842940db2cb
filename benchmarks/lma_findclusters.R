# Runs Istat's LabourMarketAreas::findClusters for Samplan's equality test and benchmark (benchmarks/lma_peer.py).
#   Rscript lma_findclusters.R data <name> <out.csv>         Istat's data set <name> (e.g. Brindisi) as a CSV
#   Rscript lma_findclusters.R run <flows.csv> <out.csv> minSZ minSC tarSZ tarSC [<source.R>]
# The flows CSV has integer columns community_live, community_work, amount. The out CSV holds every community with its
# cluster: > 0 an area, 0 on the reserve list and never assigned (comNotAssigned), -1 set aside (zero.list).
# With <source.R>, findClusters comes from that file (the package's R code, e.g. with a patch applied) instead of the
# installed package. The library is taken from SAMPLAN_R_LIBRARY. Prints "seconds=<findClusters' time>" last.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
lib <- Sys.getenv("SAMPLAN_R_LIBRARY")
if (args[1] == "data") {
  e <- new.env()
  data(list = args[2], package = "LabourMarketAreas", lib.loc = lib, envir = e)
  fwrite(get(args[2], e), args[3])
  quit(status = 0)
}
flows <- fread(args[2], colClasses = c("integer", "integer", "numeric"))
p <- as.numeric(args[4:7])
if (length(args) >= 8) {
  source(args[8])
  find <- findClusters
} else {
  suppressPackageStartupMessages(library(LabourMarketAreas, lib.loc = lib))
  find <- LabourMarketAreas::findClusters
}
start <- proc.time()[["elapsed"]]
out <- capture.output(res <- find(flows, p[1], p[2], p[3], p[4]))
seconds <- proc.time()[["elapsed"]] - start
cl <- res$lma$clusterList[, list(community, cluster)]
aside <- res$zero.list$Communities
if (length(aside)) cl <- rbind(cl, data.table(community = aside, cluster = -1L))
fwrite(cl, args[3])
cat(sprintf("seconds=%.3f\n", seconds))
